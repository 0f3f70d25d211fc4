# Wrong: when the letters match it only counts using the letter of s, never skipping it.
class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        n, m = len(s), len(t)
        ways = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(n + 1):
            ways[i][0] = 1
        for i in range(1, n + 1):
            for j in range(1, m + 1):
                if s[i - 1] == t[j - 1]:
                    ways[i][j] = ways[i - 1][j - 1]
                else:
                    ways[i][j] = ways[i - 1][j]
        return ways[n][m]
