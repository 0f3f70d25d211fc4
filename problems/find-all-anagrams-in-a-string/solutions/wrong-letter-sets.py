# Wrong: compares which letters occur in the window, not how many times each occurs.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        letters = set(p)
        return [i for i in range(len(s) - m + 1) if set(s[i:i + m]) == letters]
