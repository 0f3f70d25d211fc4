# Correct but O(n!): tries every balloon as the next one to burst.
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        def go(row):
            if not row:
                return 0
            best = 0
            for k in range(len(row)):
                left = row[k - 1] if k > 0 else 1
                right = row[k + 1] if k + 1 < len(row) else 1
                best = max(best, left * row[k] * right + go(row[:k] + row[k + 1:]))
            return best

        return go(nums)
