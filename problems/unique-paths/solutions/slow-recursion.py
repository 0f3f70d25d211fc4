# Correct but exponential: counts routes one by one without remembering sub-grids.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        def count(r, c):
            if r == m - 1 or c == n - 1:
                return 1
            return count(r + 1, c) + count(r, c + 1)
        return count(0, 0)
