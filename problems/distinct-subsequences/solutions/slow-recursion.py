# Correct but exponential: explores every choice of kept positions without a table.
class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        n, m = len(s), len(t)

        def go(i, j):
            if j == m:
                return 1
            if n - i < m - j:
                return 0
            total = go(i + 1, j)
            if s[i] == t[j]:
                total += go(i + 1, j + 1)
            return total

        return go(0, 0)
