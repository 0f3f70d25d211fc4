class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Wrong: keeps a running maximum and never lets old values leave the window.
        out = []
        best = None
        for i, x in enumerate(nums):
            best = x if best is None else max(best, x)
            if i >= k - 1:
                out.append(best)
        return out
