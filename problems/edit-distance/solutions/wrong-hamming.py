class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Wrong: position-by-position comparison plus the length difference.
        diff = sum(a != b for a, b in zip(word1, word2))
        return diff + abs(len(word1) - len(word2))
