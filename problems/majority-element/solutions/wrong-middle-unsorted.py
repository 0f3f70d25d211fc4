class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        # Wrong: takes the middle element without sorting.
        return nums[len(nums) // 2]
