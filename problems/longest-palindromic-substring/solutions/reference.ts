function longestPalindrome(s: string): string {
    const n = s.length;
    let bestLo = 0, bestLen = 0;
    for (let center = 0; center < 2 * n - 1; center++) {
        let lo = center >> 1, hi = (center + 1) >> 1;
        while (lo >= 0 && hi < n && s[lo] === s[hi]) {
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
