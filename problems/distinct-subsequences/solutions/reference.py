class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        m = len(t)
        ways = [1] + [0] * m
        for c in s:
            for j in range(m, 0, -1):
                if t[j - 1] == c:
                    ways[j] = (ways[j] + ways[j - 1]) & 0xFFFFFFFF
        return ways[m]
