# Correct but O(n^3): tests every substring by comparing its ends inward.
class Solution:
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        count = 0
        for i in range(n):
            for j in range(i, n):
                lo, hi = i, j
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi:
                    count += 1
        return count
