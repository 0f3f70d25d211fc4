class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        out = []
        cols = []
        used_col, used_d1, used_d2 = set(), set(), set()

        def place(r):
            if r == n:
                out.append(['.' * c + 'Q' + '.' * (n - c - 1) for c in cols])
                return
            for c in range(n):
                if c in used_col or r - c in used_d1 or r + c in used_d2:
                    continue
                used_col.add(c)
                used_d1.add(r - c)
                used_d2.add(r + c)
                cols.append(c)
                place(r + 1)
                cols.pop()
                used_col.discard(c)
                used_d1.discard(r - c)
                used_d2.discard(r + c)

        place(0)
        return out
