/**
 * @param {number[][]} grid
 * @return {number}
 */
var maxAreaOfIsland = function(grid) {
    const m = grid.length, n = grid[0].length;
    let best = 0;
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
            if (grid[i][j] !== 1) continue;
            grid[i][j] = 2;
            const stack = [[i, j]];
            let area = 0;
            while (stack.length) {
                const [r, c] = stack.pop();
                area++;
                for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                    if (nr >= 0 && nr < m && nc >= 0 && nc < n && grid[nr][nc] === 1) {
                        grid[nr][nc] = 2;
                        stack.push([nr, nc]);
                    }
                }
            }
            best = Math.max(best, area);
        }
    }
    return best;
};
