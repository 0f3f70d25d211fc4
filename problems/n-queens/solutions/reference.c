typedef struct {
    char*** boards;
    int count;
    int cap;
} Boards;

static void place(int r, int n, int* cols, bool* col, bool* d1, bool* d2, Boards* res) {
    if (r == n) {
        if (res->count == res->cap) {
            res->cap *= 2;
            res->boards = realloc(res->boards, sizeof(char**) * res->cap);
        }
        char** board = malloc(sizeof(char*) * n);
        for (int i = 0; i < n; i++) {
            board[i] = malloc(n + 1);
            memset(board[i], '.', n);
            board[i][cols[i]] = 'Q';
            board[i][n] = '\0';
        }
        res->boards[res->count++] = board;
        return;
    }
    for (int c = 0; c < n; c++) {
        if (col[c] || d1[r - c + n] || d2[r + c]) continue;
        col[c] = d1[r - c + n] = d2[r + c] = true;
        cols[r] = c;
        place(r + 1, n, cols, col, d1, d2, res);
        col[c] = d1[r - c + n] = d2[r + c] = false;
    }
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
char*** solveNQueens(int n, int* returnSize, int** returnColumnSizes) {
    Boards res = {malloc(sizeof(char**) * 16), 0, 16};
    int cols[16];
    bool col[16] = {false}, d1[32] = {false}, d2[32] = {false};
    place(0, n, cols, col, d1, d2, &res);
    *returnSize = res.count;
    *returnColumnSizes = malloc(sizeof(int) * (res.count ? res.count : 1));
    for (int i = 0; i < res.count; i++) (*returnColumnSizes)[i] = n;
    return res.boards;
}
