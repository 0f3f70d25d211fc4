# Correct but O(n^2): tries every pair of boards.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        best = 0
        n = len(height)
        for i in range(n):
            hi = height[i]
            for j in range(i + 1, n):
                a = (j - i) * (hi if hi < height[j] else height[j])
                if a > best:
                    best = a
        return best
