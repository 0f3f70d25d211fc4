function longestCommonSubsequence(text1: string, text2: string): number {
    const m = text2.length;
    let prev = new Array<number>(m + 1).fill(0);
    for (const c of text1) {
        const cur = new Array<number>(m + 1).fill(0);
        for (let j = 0; j < m; j++) {
            cur[j + 1] = c === text2[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
        }
        prev = cur;
    }
    return prev[m];
}
