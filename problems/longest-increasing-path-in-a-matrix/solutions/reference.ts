function longestIncreasingPath(matrix: number[][]): number {
    const m = matrix.length, n = matrix[0].length;
    const order = Array.from({ length: m * n }, (_, c) => c);
    order.sort((a, b) => matrix[Math.floor(b / n)][b % n] - matrix[Math.floor(a / n)][a % n]);
    const best = new Int32Array(m * n).fill(1);
    const dirs = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let answer = 1;
    for (const c of order) {
        const i = Math.floor(c / n), j = c % n;
        for (const [dx, dy] of dirs) {
            const x = i + dx, y = j + dy;
            if (x >= 0 && x < m && y >= 0 && y < n && matrix[x][y] > matrix[i][j]) best[c] = Math.max(best[c], best[x * n + y] + 1);
        }
        answer = Math.max(answer, best[c]);
    }
    return answer;
}
