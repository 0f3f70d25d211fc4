# Wrong: after sorting, a repeated number resets the run instead of being skipped.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        nums = sorted(nums)
        best = run = 1
        for a, b in zip(nums, nums[1:]):
            run = run + 1 if b == a + 1 else 1
            best = max(best, run)
        return best
