/**
 * @param {number} n
 * @param {number[][]} edges
 * @return {boolean}
 */
var validTree = function(n, edges) {
    if (edges.length !== n - 1) return false;
    const adj = Array.from({ length: n }, () => []);
    for (const [a, b] of edges) {
        adj[a].push(b);
        adj[b].push(a);
    }
    const seen = new Array(n).fill(false);
    seen[0] = true;
    const stack = [0];
    let reached = 1;
    while (stack.length) {
        const u = stack.pop();
        for (const v of adj[u]) {
            if (!seen[v]) {
                seen[v] = true;
                reached++;
                stack.push(v);
            }
        }
    }
    return reached === n;
};
