function countSubstrings(s: string): number {
    const n = s.length;
    let count = 0;
    for (let center = 0; center < 2 * n - 1; center++) {
        let lo = center >> 1, hi = lo + (center & 1);
        while (lo >= 0 && hi < n && s[lo] === s[hi]) {
            count++;
            lo--;
            hi++;
        }
    }
    return count;
}
