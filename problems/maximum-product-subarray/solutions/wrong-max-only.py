# Wrong: keeps only the largest product ending here; a very negative product can turn largest after another negative.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = hi = nums[0]
        for x in nums[1:]:
            hi = max(x, hi * x)
            best = max(best, hi)
        return best
