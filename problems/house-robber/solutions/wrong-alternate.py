# Wrong: only compares the even-index and odd-index houses; a best plan may skip two in a row.
class Solution:
    def rob(self, nums: List[int]) -> int:
        return max(sum(nums[0::2]), sum(nums[1::2]))
