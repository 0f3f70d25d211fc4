class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])

        def dfs(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            return any(0 <= nr < m and 0 <= nc < n and dfs(nr, nc, i + 1)
                       for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))

        return any(dfs(r, c, 0) for r in range(m) for c in range(n))
