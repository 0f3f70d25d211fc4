function orangesRotting(grid: number[][]): number {
    const m = grid.length;
    const n = grid[0].length;
    let fresh = 0;
    let minutes = 0;
    let q: [number, number][] = [];
    for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++) {
            if (grid[i][j] === 2) q.push([i, j]);
            else if (grid[i][j] === 1) fresh++;
        }
    while (q.length && fresh > 0) {
        minutes++;
        const next: [number, number][] = [];
        for (const [r, c] of q) {
            for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                if (nr >= 0 && nr < m && nc >= 0 && nc < n && grid[nr][nc] === 1) {
                    grid[nr][nc] = 2;
                    fresh--;
                    next.push([nr, nc]);
                }
            }
        }
        q = next;
    }
    return fresh === 0 ? minutes : -1;
};
