class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Wrong: treats t as a set of letters, ignoring repeated letters.
        need = set(t)
        best = ''
        count = {}
        lo = 0
        for hi, c in enumerate(s):
            count[c] = count.get(c, 0) + 1
            while all(count.get(x, 0) > 0 for x in need):
                if not best or hi - lo + 1 < len(best):
                    best = s[lo:hi + 1]
                count[s[lo]] -= 1
                lo += 1
        return best
