class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Wrong: only considers rectangles of width 1 or 2.
        best = max(heights)
        for a, b in zip(heights, heights[1:]):
            best = max(best, 2 * min(a, b))
        return best
