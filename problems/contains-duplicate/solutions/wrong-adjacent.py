class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Wrong: only compares neighbours without sorting first.
        return any(nums[i] == nums[i + 1] for i in range(len(nums) - 1))
