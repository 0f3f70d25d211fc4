class Solution:
    def trap(self, height: List[int]) -> int:
        # Wrong: fills every position up to the lower of the first and last pillar.
        level = min(height[0], height[-1])
        return sum(max(0, level - h) for h in height)
