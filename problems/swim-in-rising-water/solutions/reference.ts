function swimInWater(grid: number[][]): number {
    // Union-find: flood the cells in increasing height until the two corners join.
    const n = grid.length;
    const parent = Array.from({ length: n * n }, (_, i) => i);
    const find = (x: number): number => {
        while (parent[x] !== x) x = parent[x] = parent[parent[x]];
        return x;
    };
    const where: number[] = new Array(n * n);
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) where[grid[r][c]] = r * n + c;
    for (let t = 0; t < n * n; t++) {
        const cell = where[t];
        const r = Math.floor(cell / n), c = cell % n;
        for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
            if (nr >= 0 && nr < n && nc >= 0 && nc < n && grid[nr][nc] <= t) parent[find(nr * n + nc)] = find(cell);
        }
        if (grid[0][0] <= t && grid[n - 1][n - 1] <= t && find(0) === find(n * n - 1)) return t;
    }
    return n * n - 1;
}
