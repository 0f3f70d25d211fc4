/**
 * @param {number[][]} times
 * @param {number} n
 * @param {number} k
 * @return {number}
 */
var networkDelayTime = function(times, n, k) {
    const INF = Infinity;
    const w = Array.from({ length: n + 1 }, () => new Array(n + 1).fill(INF));
    for (const [u, v, t] of times) w[u][v] = Math.min(w[u][v], t);
    const dist = new Array(n + 1).fill(INF);
    const done = new Array(n + 1).fill(false);
    dist[k] = 0;
    for (let round = 0; round < n; round++) {
        let u = -1;
        for (let v = 1; v <= n; v++) if (!done[v] && (u === -1 || dist[v] < dist[u])) u = v;
        if (dist[u] === INF) return -1;
        done[u] = true;
        for (let v = 1; v <= n; v++) if (dist[u] + w[u][v] < dist[v]) dist[v] = dist[u] + w[u][v];
    }
    return Math.max(...dist.slice(1));
};
