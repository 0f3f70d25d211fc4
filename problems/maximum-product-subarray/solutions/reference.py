class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = hi = lo = nums[0]
        for x in nums[1:]:
            candidates = (x, hi * x, lo * x)
            hi, lo = max(candidates), min(candidates)
            best = max(best, hi)
        return best
