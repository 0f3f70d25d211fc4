class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        count = {}
        left = best = 0
        for right, ch in enumerate(s):
            count[ch] = count.get(ch, 0) + 1
            best = max(best, count[ch])
            if right - left + 1 - best > k:
                count[s[left]] -= 1
                left += 1
        return len(s) - left
