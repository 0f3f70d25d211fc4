# Wrong: treats a lone 0 and groups such as "06" as letters.
class Solution:
    def numDecodings(self, s: str) -> int:
        prev, cur = 1, 1
        for i in range(1, len(s)):
            nxt = cur
            if int(s[i - 1:i + 1]) <= 26:
                nxt += prev
            prev, cur = cur, nxt
        return cur
