/**
 * @param {number[][]} grid
 * @return {number}
 */
var swimInWater = function(grid) {
    // Binary search on the time, with a flood fill through cells no higher than it.
    const n = grid.length;
    const reachable = (t) => {
        if (grid[0][0] > t) return false;
        const seen = Array.from({ length: n }, () => new Array(n).fill(false));
        seen[0][0] = true;
        const stack = [[0, 0]];
        while (stack.length) {
            const [r, c] = stack.pop();
            if (r === n - 1 && c === n - 1) return true;
            for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                if (nr >= 0 && nr < n && nc >= 0 && nc < n && !seen[nr][nc] && grid[nr][nc] <= t) {
                    seen[nr][nc] = true;
                    stack.push([nr, nc]);
                }
            }
        }
        return false;
    };
    let lo = 0, hi = n * n - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (reachable(mid)) hi = mid;
        else lo = mid + 1;
    }
    return lo;
};
