/**
 * @param {number[][]} heights
 * @return {number[][]}
 */
var pacificAtlantic = function(heights) {
    const m = heights.length, n = heights[0].length;
    const reach = (starts) => {
        const seen = new Uint8Array(m * n);
        const stack = [];
        for (const [r, c] of starts) {
            if (!seen[r * n + c]) {
                seen[r * n + c] = 1;
                stack.push(r * n + c);
            }
        }
        while (stack.length) {
            const k = stack.pop(), r = Math.floor(k / n), c = k % n;
            for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                if (nr < 0 || nc < 0 || nr >= m || nc >= n || seen[nr * n + nc]) continue;
                if (heights[nr][nc] < heights[r][c]) continue;
                seen[nr * n + nc] = 1;
                stack.push(nr * n + nc);
            }
        }
        return seen;
    };
    const top = [], bottom = [];
    for (let c = 0; c < n; c++) {
        top.push([0, c]);
        bottom.push([m - 1, c]);
    }
    for (let r = 0; r < m; r++) {
        top.push([r, 0]);
        bottom.push([r, n - 1]);
    }
    const p = reach(top), a = reach(bottom);
    const out = [];
    for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (p[r * n + c] && a[r * n + c]) out.push([r, c]);
    return out;
};
