class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        best_lo, best_hi = 0, -1
        lo = 0
        for hi, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                while need[s[lo]] < 0:
                    need[s[lo]] += 1
                    lo += 1
                if best_hi < 0 or hi - lo < best_hi - best_lo:
                    best_lo, best_hi = lo, hi
                need[s[lo]] += 1
                missing += 1
                lo += 1
        return s[best_lo:best_hi + 1]
