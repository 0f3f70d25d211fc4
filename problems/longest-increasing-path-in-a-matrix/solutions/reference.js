/**
 * @param {number[][]} matrix
 * @return {number}
 */
var longestIncreasingPath = function(matrix) {
    const m = matrix.length, n = matrix[0].length;
    const order = Array.from({ length: m * n }, (_, c) => c);
    order.sort((a, b) => matrix[(b / n) | 0][b % n] - matrix[(a / n) | 0][a % n]);
    const best = new Int32Array(m * n).fill(1);
    const dirs = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let answer = 1;
    for (const c of order) {
        const i = (c / n) | 0, j = c % n;
        for (const [dx, dy] of dirs) {
            const x = i + dx, y = j + dy;
            if (x >= 0 && x < m && y >= 0 && y < n && matrix[x][y] > matrix[i][j]) best[c] = Math.max(best[c], best[x * n + y] + 1);
        }
        answer = Math.max(answer, best[c]);
    }
    return answer;
};
