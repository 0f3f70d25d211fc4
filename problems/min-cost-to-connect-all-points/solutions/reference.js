/**
 * @param {number[][]} points
 * @return {number}
 */
var minCostConnectPoints = function(points) {
    const n = points.length;
    const best = new Array(n).fill(Infinity), used = new Array(n).fill(false);
    best[0] = 0;
    let total = 0;
    for (let k = 0; k < n; k++) {
        let u = -1;
        for (let i = 0; i < n; i++) if (!used[i] && (u === -1 || best[i] < best[u])) u = i;
        used[u] = true;
        total += best[u];
        for (let v = 0; v < n; v++) {
            if (used[v]) continue;
            const d = Math.abs(points[u][0] - points[v][0]) + Math.abs(points[u][1] - points[v][1]);
            if (d < best[v]) best[v] = d;
        }
    }
    return total;
};
