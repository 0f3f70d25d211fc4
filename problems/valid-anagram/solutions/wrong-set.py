class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Wrong: compares the sets of letters, ignoring how often each occurs.
        return set(s) == set(t)
