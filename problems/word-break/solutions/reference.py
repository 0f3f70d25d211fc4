class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        lengths = sorted({len(w) for w in words})
        n = len(s)
        ok = [False] * (n + 1)
        ok[0] = True
        for i in range(1, n + 1):
            for k in lengths:
                if k > i:
                    break
                if ok[i - k] and s[i - k:i] in words:
                    ok[i] = True
                    break
        return ok[n]
