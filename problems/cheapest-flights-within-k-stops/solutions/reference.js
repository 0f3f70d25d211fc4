/**
 * @param {number} n
 * @param {number[][]} flights
 * @param {number} src
 * @param {number} dst
 * @param {number} k
 * @return {number}
 */
var findCheapestPrice = function(n, flights, src, dst, k) {
    let cost = new Array(n).fill(Infinity);
    cost[src] = 0;
    for (let round = 0; round <= k; round++) {
        const next = cost.slice();
        for (const [u, v, p] of flights) if (cost[u] + p < next[v]) next[v] = cost[u] + p;
        cost = next;
    }
    return cost[dst] === Infinity ? -1 : cost[dst];
};
