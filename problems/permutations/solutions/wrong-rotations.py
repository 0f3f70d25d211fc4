class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        # Wrong: returns only the rotations of nums, not every ordering.
        return [nums[i:] + nums[:i] for i in range(len(nums))]
