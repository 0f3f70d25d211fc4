# Correct but O(n^2) on a long run: it walks upward from every number, not only from run starts.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        present = set(nums)
        best = 0
        for x in present:
            y = x
            while y + 1 in present:
                y += 1
            best = max(best, y - x + 1)
        return best
