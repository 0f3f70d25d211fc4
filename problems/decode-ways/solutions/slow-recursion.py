# Correct but exponential: the recursion without memoization re-decodes the same suffixes.
class Solution:
    def numDecodings(self, s: str) -> int:
        def ways(i):
            if i == len(s):
                return 1
            if s[i] == '0':
                return 0
            total = ways(i + 1)
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                total += ways(i + 2)
            return total
        return ways(0)
