function checkInclusion(s1: string, s2: string): boolean {
    const m = s1.length, n = s2.length;
    if (m > n) return false;
    const diff: number[] = new Array(26).fill(0);
    for (let i = 0; i < m; i++) diff[s1.charCodeAt(i) - 97]++;
    let off = diff.filter((d) => d !== 0).length;
    const bump = (c: number, by: number): void => {
        if (diff[c] === 0) off++;
        diff[c] += by;
        if (diff[c] === 0) off--;
    };
    for (let i = 0; i < n; i++) {
        bump(s2.charCodeAt(i) - 97, -1);
        if (i >= m) bump(s2.charCodeAt(i - m) - 97, 1);
        if (i >= m - 1 && off === 0) return true;
    }
    return false;
}
