# Wrong: counts moves (m + n - 2) instead of the ways to order them.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return m + n - 2 if m > 1 and n > 1 else 1
