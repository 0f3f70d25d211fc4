static int** grid;
static int cols;

static int higherFirst(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    int vx = grid[x / cols][x % cols], vy = grid[y / cols][y % cols];
    return vx < vy ? 1 : vx > vy ? -1 : 0;
}

int longestIncreasingPath(int** matrix, int matrixSize, int* matrixColSize) {
    int m = matrixSize, n = matrixColSize[0];
    grid = matrix;
    cols = n;
    int* order = malloc(sizeof(int) * m * n);
    int* best = malloc(sizeof(int) * m * n);
    for (int c = 0; c < m * n; c++) order[c] = c;
    qsort(order, m * n, sizeof(int), higherFirst);
    int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1}, answer = 1;
    for (int k = 0; k < m * n; k++) {
        int c = order[k], i = c / n, j = c % n;
        best[c] = 1;
        for (int d = 0; d < 4; d++) {
            int x = i + dx[d], y = j + dy[d];
            if (x >= 0 && x < m && y >= 0 && y < n && matrix[x][y] > matrix[i][j] && best[x * n + y] + 1 > best[c]) best[c] = best[x * n + y] + 1;
        }
        if (best[c] > answer) answer = best[c];
    }
    free(order);
    free(best);
    return answer;
}
