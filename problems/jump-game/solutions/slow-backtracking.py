# Correct but exponential: tries every jump length from every pad without remembering dead ends.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)

        def go(i):
            if i >= n - 1:
                return True
            for step in range(nums[i], 0, -1):
                if go(i + step):
                    return True
            return False

        return go(0)
