class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Wrong: drops digits as well as punctuation.
        t = [c.lower() for c in s if c.isalpha()]
        return t == t[::-1]
