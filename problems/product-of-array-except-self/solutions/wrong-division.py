class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # Wrong: divides the total product, which breaks when there are zeros.
        total = 1
        for x in nums:
            total *= x
        return [total // x if x else 0 for x in nums]
