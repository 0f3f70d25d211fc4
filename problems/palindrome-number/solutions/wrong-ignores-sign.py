# Forgets the sign: calls -121 a palindrome.
class Solution:
    def isPalindrome(self, x: int) -> bool:
        s = str(abs(x))
        return s == s[::-1]
