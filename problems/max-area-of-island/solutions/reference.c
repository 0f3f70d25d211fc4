static int fill(int** grid, int m, int n, int r, int c) {
    if (r < 0 || c < 0 || r >= m || c >= n || grid[r][c] != 1) return 0;
    grid[r][c] = 2;
    return 1 + fill(grid, m, n, r + 1, c) + fill(grid, m, n, r - 1, c) + fill(grid, m, n, r, c + 1) + fill(grid, m, n, r, c - 1);
}

int maxAreaOfIsland(int** grid, int gridSize, int* gridColSize) {
    int best = 0;
    for (int i = 0; i < gridSize; i++)
        for (int j = 0; j < gridColSize[0]; j++) {
            int a = fill(grid, gridSize, gridColSize[0], i, j);
            if (a > best) best = a;
        }
    return best;
}
