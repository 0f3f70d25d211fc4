typedef struct {
    int** rows;
    int* sizes;
    int count;
    int cap;
} Results;

static int cmpInt(const void* a, const void* b) {
    return *(const int*)a - *(const int*)b;
}

static void backtrack(int* cand, int n, int start, int remaining, int* path, int depth, Results* res) {
    if (remaining == 0) {
        if (res->count == res->cap) {
            res->cap *= 2;
            res->rows = realloc(res->rows, sizeof(int*) * res->cap);
            res->sizes = realloc(res->sizes, sizeof(int) * res->cap);
        }
        int* row = malloc(sizeof(int) * (depth ? depth : 1));
        memcpy(row, path, sizeof(int) * depth);
        res->rows[res->count] = row;
        res->sizes[res->count++] = depth;
        return;
    }
    for (int i = start; i < n && cand[i] <= remaining; i++) {
        path[depth] = cand[i];
        backtrack(cand, n, i, remaining - cand[i], path, depth + 1, res);
    }
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** combinationSum(int* candidates, int candidatesSize, int target, int* returnSize, int** returnColumnSizes) {
    qsort(candidates, candidatesSize, sizeof(int), cmpInt);
    Results res = {malloc(sizeof(int*) * 16), malloc(sizeof(int) * 16), 0, 16};
    int path[64];
    backtrack(candidates, candidatesSize, 0, target, path, 0, &res);
    *returnSize = res.count;
    *returnColumnSizes = res.sizes;
    return res.rows;
}
