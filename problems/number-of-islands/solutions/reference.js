/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    const m = grid.length, n = grid[0].length;
    let islands = 0;
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
            if (grid[i][j] !== '1') continue;
            islands++;
            grid[i][j] = '0';
            const stack = [[i, j]];
            while (stack.length) {
                const [r, c] = stack.pop();
                for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                    if (nr >= 0 && nr < m && nc >= 0 && nc < n && grid[nr][nc] === '1') {
                        grid[nr][nc] = '0';
                        stack.push([nr, nc]);
                    }
                }
            }
        }
    }
    return islands;
};
