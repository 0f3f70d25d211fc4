class Solution {
    public String longestPalindrome(String s) {
        int n = s.length(), bestLo = 0, bestLen = 0;
        for (int center = 0; center < 2 * n - 1; center++) {
            int lo = center / 2, hi = (center + 1) / 2;
            while (lo >= 0 && hi < n && s.charAt(lo) == s.charAt(hi)) {
                lo--;
                hi++;
            }
            if (hi - lo - 1 > bestLen) {
                bestLo = lo + 1;
                bestLen = hi - lo - 1;
            }
        }
        return s.substring(bestLo, bestLo + bestLen);
    }
}
