class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        run = best = 0
        for i, ch in enumerate(s):
            run = run + 1 if i > 0 and s[i - 1] == ch else 1
            best = max(best, run)
        return min(len(s), best + k)
