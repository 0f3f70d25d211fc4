# Correct but exponential: the recursion without memoization revisits the same suffixes.
class Solution:
    def rob(self, nums: List[int]) -> int:
        def best(i):
            if i >= len(nums):
                return 0
            return max(nums[i] + best(i + 2), best(i + 1))
        return best(0)
