function maxCoins(nums: number[]): number {
    const v = [1, ...nums, 1];
    const n = v.length;
    const best: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let gap = 2; gap < n; gap++) {
        for (let i = 0; i + gap < n; i++) {
            const j = i + gap;
            for (let k = i + 1; k < j; k++) {
                best[i][j] = Math.max(best[i][j], best[i][k] + v[i] * v[k] * v[j] + best[k][j]);
            }
        }
    }
    return best[0][n - 1];
}
