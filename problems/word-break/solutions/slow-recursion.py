# Correct but exponential: retries the same suffix again and again without remembering it fails.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def can(i):
            if i == len(s):
                return True
            for w in wordDict:
                if s.startswith(w, i) and can(i + len(w)):
                    return True
            return False

        return can(0)
