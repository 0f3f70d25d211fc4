class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        v = [1] + nums + [1]
        n = len(v)
        best = [[0] * n for _ in range(n)]
        for gap in range(2, n):
            for i in range(n - gap):
                j = i + gap
                edge = v[i] * v[j]
                left, column = best[i], [best[k][j] for k in range(i + 1, j)]
                best[i][j] = max(left[k] + edge * v[k] + column[k - i - 1] for k in range(i + 1, j))
        return best[0][n - 1]
