/**
 * @param {number[][]} mat
 * @return {number[][]}
 */
var updateMatrix = function(mat) {
    // Two sweeps: distances through the cells above/left, then below/right.
    const m = mat.length, n = mat[0].length, big = m + n;
    const dist = mat.map((row) => row.map((v) => (v === 0 ? 0 : big)));
    for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++) {
            if (i > 0) dist[i][j] = Math.min(dist[i][j], dist[i - 1][j] + 1);
            if (j > 0) dist[i][j] = Math.min(dist[i][j], dist[i][j - 1] + 1);
        }
    for (let i = m - 1; i >= 0; i--)
        for (let j = n - 1; j >= 0; j--) {
            if (i + 1 < m) dist[i][j] = Math.min(dist[i][j], dist[i + 1][j] + 1);
            if (j + 1 < n) dist[i][j] = Math.min(dist[i][j], dist[i][j + 1] + 1);
        }
    return dist;
};
