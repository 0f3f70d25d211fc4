class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        # Wrong: checks only one of the two diagonal directions.
        out = []
        cols = []

        def place(r):
            if r == n:
                out.append(['.' * c + 'Q' + '.' * (n - c - 1) for c in cols])
                return
            for c in range(n):
                if c in cols or any(r - i == c - pc for i, pc in enumerate(cols)):
                    continue
                cols.append(c)
                place(r + 1)
                cols.pop()

        place(0)
        return out
