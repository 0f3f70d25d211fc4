class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        m, n = len(board), len(board[0])

        def exist(word):
            def dfs(r, c, i):
                if board[r][c] != word[i]:
                    return False
                if i == len(word) - 1:
                    return True
                ch, board[r][c] = board[r][c], '#'
                ok = any(0 <= nr < m and 0 <= nc < n and dfs(nr, nc, i + 1)
                         for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))
                board[r][c] = ch
                return ok

            return any(dfs(r, c, 0) for r in range(m) for c in range(n))

        return [w for w in words if exist(w)]
