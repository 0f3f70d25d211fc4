function minWindow(s: string, t: string): string {
    const need = new Map<string, number>();
    for (const c of t) need.set(c, (need.get(c) ?? 0) + 1);
    let missing = t.length;
    let bestLo = 0;
    let bestLen = -1;
    let lo = 0;
    for (let hi = 0; hi < s.length; hi++) {
        const c = s[hi];
        const n = need.get(c) ?? 0;
        if (n > 0) missing--;
        need.set(c, n - 1);
        if (missing === 0) {
            while ((need.get(s[lo]) ?? 0) < 0) {
                need.set(s[lo], need.get(s[lo])! + 1);
                lo++;
            }
            if (bestLen < 0 || hi - lo + 1 < bestLen) {
                bestLo = lo;
                bestLen = hi - lo + 1;
            }
            need.set(s[lo], need.get(s[lo])! + 1);
            lo++;
            missing++;
        }
    }
    return bestLen < 0 ? '' : s.slice(bestLo, bestLo + bestLen);
};
