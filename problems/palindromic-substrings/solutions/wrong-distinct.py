# Wrong: counts distinct palindromes, so equal substrings at different places score once.
class Solution:
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        found = set()
        for center in range(2 * n - 1):
            lo, hi = center // 2, center // 2 + center % 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                found.add(s[lo:hi + 1])
                lo -= 1
                hi += 1
        return len(found)
