class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        dp = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(n):
                if i == 0 and j == 0:
                    best = grid[0][0]
                elif i == 0:
                    best = dp[i][j - 1]
                elif j == 0:
                    best = dp[i - 1][j]
                else:
                    best = min(dp[i - 1][j], dp[i][j - 1])
                dp[i][j] = max(best, grid[i][j])
        return dp[n - 1][n - 1]
