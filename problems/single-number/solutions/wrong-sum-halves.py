# Wrong: assumes the numbers come in adjacent pairs, which holds only for sorted input.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[-1]
