function partition(s: string): string[][] {
    const n = s.length;
    const pal: boolean[][] = Array.from({ length: n }, () => new Array(n).fill(false));
    for (let i = n - 1; i >= 0; i--)
        for (let j = i; j < n; j++) pal[i][j] = s[i] === s[j] && (j - i < 2 || pal[i + 1][j - 1]);
    const out: string[][] = [], path: string[] = [];
    const go = (start: number): void => {
        if (start === n) {
            out.push([...path]);
            return;
        }
        for (let end = start; end < n; end++) {
            if (!pal[start][end]) continue;
            path.push(s.slice(start, end + 1));
            go(end + 1);
            path.pop();
        }
    };
    go(0);
    return out;
}
