# Wrong: always takes the longest dictionary word at the current position and never backtracks.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        i = 0
        while i < len(s):
            for j in range(len(s), i, -1):
                if s[i:j] in words:
                    i = j
                    break
            else:
                return False
        return True
