# Wrong: treats "x*" as one or more copies of x, never zero.
class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        n, m = len(s), len(p)
        match = [[False] * (m + 1) for _ in range(n + 1)]
        match[0][0] = True
        for i in range(1, n + 1):
            for j in range(1, m + 1):
                if p[j - 1] == '*':
                    fits = p[j - 2] in (s[i - 1], '.')
                    match[i][j] = fits and (match[i - 1][j] or match[i - 1][j - 2])
                else:
                    match[i][j] = p[j - 1] in (s[i - 1], '.') and match[i - 1][j - 1]
        return match[n][m]
