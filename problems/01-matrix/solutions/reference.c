/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** updateMatrix(int** mat, int matSize, int* matColSize, int* returnSize, int** returnColumnSizes) {
    int m = matSize, n = matColSize[0];
    int** dist = malloc(sizeof(int*) * m);
    *returnColumnSizes = malloc(sizeof(int) * m);
    int* queue = malloc(sizeof(int) * m * n);
    int tail = 0;
    for (int i = 0; i < m; i++) {
        dist[i] = malloc(sizeof(int) * n);
        (*returnColumnSizes)[i] = n;
        for (int j = 0; j < n; j++) {
            dist[i][j] = mat[i][j] == 0 ? 0 : -1;
            if (mat[i][j] == 0) queue[tail++] = i * n + j;
        }
    }
    for (int head = 0; head < tail; head++) {
        int i = queue[head] / n, j = queue[head] % n;
        int ni[4] = {i + 1, i - 1, i, i}, nj[4] = {j, j, j + 1, j - 1};
        for (int k = 0; k < 4; k++) {
            if (ni[k] < 0 || ni[k] >= m || nj[k] < 0 || nj[k] >= n || dist[ni[k]][nj[k]] >= 0) continue;
            dist[ni[k]][nj[k]] = dist[i][j] + 1;
            queue[tail++] = ni[k] * n + nj[k];
        }
    }
    free(queue);
    *returnSize = m;
    return dist;
}
