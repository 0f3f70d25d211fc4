class Solution:
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        out, path = [], []

        def go(start):
            if start == n:
                out.append(path)
                return
            for end in range(start, n):
                piece = s[start:end + 1]
                if piece == piece[::-1]:
                    path.append(piece)
                    go(end + 1)
                    path.pop()

        go(0)
        return out
