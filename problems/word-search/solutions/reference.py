class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        have = Counter(ch for row in board for ch in row)
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False
        if have[word[-1]] < have[word[0]]:
            word = word[::-1]

        def dfs(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = '#'
            found = any(0 <= nr < m and 0 <= nc < n and dfs(nr, nc, i + 1)
                        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))
            board[r][c] = word[i]
            return found

        return any(dfs(r, c, 0) for r in range(m) for c in range(n))
