class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Wrong: on a repeat it restarts the window at the current character.
        seen = set()
        best = 0
        for c in s:
            if c in seen:
                seen = set()
            seen.add(c)
            best = max(best, len(seen))
        return best
