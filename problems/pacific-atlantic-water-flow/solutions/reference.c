/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static void reach(int** h, int m, int n, char* seen, int* stack, int top) {
    static const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    while (top > 0) {
        int k = stack[--top], r = k / n, c = k % n;
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nc < 0 || nr >= m || nc >= n || seen[nr * n + nc] || h[nr][nc] < h[r][c]) continue;
            seen[nr * n + nc] = 1;
            stack[top++] = nr * n + nc;
        }
    }
}

int** pacificAtlantic(int** heights, int heightsSize, int* heightsColSize, int* returnSize, int** returnColumnSizes) {
    int m = heightsSize, n = heightsColSize[0];
    char* p = calloc(m * n, 1);
    char* a = calloc(m * n, 1);
    int* stack = malloc(sizeof(int) * m * n);
    int top = 0;
    for (int k = 0; k < m * n; k++) {
        int r = k / n, c = k % n;
        if (r == 0 || c == 0) { p[k] = 1; stack[top++] = k; }
    }
    reach(heights, m, n, p, stack, top);
    top = 0;
    for (int k = 0; k < m * n; k++) {
        int r = k / n, c = k % n;
        if (r == m - 1 || c == n - 1) { a[k] = 1; stack[top++] = k; }
    }
    reach(heights, m, n, a, stack, top);
    int** out = malloc(sizeof(int*) * m * n);
    *returnColumnSizes = malloc(sizeof(int) * m * n);
    int count = 0;
    for (int k = 0; k < m * n; k++) {
        if (p[k] && a[k]) {
            out[count] = malloc(sizeof(int) * 2);
            out[count][0] = k / n;
            out[count][1] = k % n;
            (*returnColumnSizes)[count] = 2;
            count++;
        }
    }
    free(p);
    free(a);
    free(stack);
    *returnSize = count;
    return out;
}
