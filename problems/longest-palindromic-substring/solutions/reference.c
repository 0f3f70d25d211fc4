char* longestPalindrome(char* s) {
    int n = strlen(s), bestLo = 0, bestLen = 0;
    for (int center = 0; center < 2 * n - 1; center++) {
        int lo = center / 2, hi = (center + 1) / 2;
        while (lo >= 0 && hi < n && s[lo] == s[hi]) {
            lo--;
            hi++;
        }
        if (hi - lo - 1 > bestLen) {
            bestLo = lo + 1;
            bestLen = hi - lo - 1;
        }
    }
    char* out = malloc(bestLen + 1);
    memcpy(out, s + bestLo, bestLen);
    out[bestLen] = '\0';
    return out;
}
