# Correct but O(|s| * |p| log |p|): sorts every window.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        key = sorted(p)
        return [i for i in range(len(s) - m + 1) if sorted(s[i:i + m]) == key]
