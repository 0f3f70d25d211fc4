# Correct but exponential: explores both dealers at every step without remembering positions.
class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        if len(s1) + len(s2) != len(s3):
            return False

        def go(i, j):
            if i + j == len(s3):
                return True
            if i < len(s1) and s1[i] == s3[i + j] and go(i + 1, j):
                return True
            return j < len(s2) and s2[j] == s3[i + j] and go(i, j + 1)

        return go(0, 0)
