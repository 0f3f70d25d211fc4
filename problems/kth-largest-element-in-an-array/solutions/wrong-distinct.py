class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Wrong: counts distinct values only.
        d = sorted(set(nums), reverse=True)
        return d[min(k, len(d)) - 1]
