# Wrong: gives up at any 0 before the last pad, even when a longer jump passes over it.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        return 0 not in nums[:-1]
