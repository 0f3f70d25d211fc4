# Correct but O(n^2): multiplies out every run.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = nums[0]
        for i in range(len(nums)):
            p = 1
            for j in range(i, len(nums)):
                p *= nums[j]
                if p > best:
                    best = p
        return best
