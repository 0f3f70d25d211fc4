# Wrong: the scan also visits the last pad, so when a block ends exactly there it counts one jump too many.
class Solution:
    def jump(self, nums: List[int]) -> int:
        jumps, end, far = 0, 0, 0
        for i in range(len(nums)):
            far = max(far, i + nums[i])
            if i == end:
                jumps += 1
                end = far
        return jumps
