function isMatch(s: string, p: string): boolean {
    const n = s.length, m = p.length;
    const match: boolean[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(false));
    match[0][0] = true;
    for (let j = 2; j <= m; j++) if (p[j - 1] === '*') match[0][j] = match[0][j - 2];
    for (let i = 1; i <= n; i++) {
        for (let j = 1; j <= m; j++) {
            if (p[j - 1] === '*') {
                match[i][j] = match[i][j - 2] || ((p[j - 2] === s[i - 1] || p[j - 2] === '.') && match[i - 1][j]);
            } else {
                match[i][j] = (p[j - 1] === s[i - 1] || p[j - 1] === '.') && match[i - 1][j - 1];
            }
        }
    }
    return match[n][m];
}
