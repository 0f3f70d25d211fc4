function numDistinct(s: string, t: string): number {
    const m = t.length;
    const ways = new Uint32Array(m + 1);
    ways[0] = 1;
    for (const c of s) {
        for (let j = m; j >= 1; j--) {
            if (t[j - 1] === c) ways[j] += ways[j - 1];
        }
    }
    return ways[m];
}
