class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # Wrong: forgets the case where the largest number n is the missing one.
        s = sorted(nums)
        for i, x in enumerate(s):
            if x != i:
                return i
        return 0
