# Wrong: matches each letter of text1 with the first possible letter of text2, which can block better matches.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        j = 0
        count = 0
        for c in text1:
            k = text2.find(c, j)
            if k >= 0:
                count += 1
                j = k + 1
        return count
