/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static int cmpInt(const void* a, const void* b) {
    return *(const int*)a - *(const int*)b;
}

static int** out;
static int* outCols;
static int outSize, outCap;
static int path[32];

static void go(int* c, int n, int start, int left, int depth) {
    if (left == 0) {
        if (outSize == outCap) {
            outCap *= 2;
            out = realloc(out, sizeof(int*) * outCap);
            outCols = realloc(outCols, sizeof(int) * outCap);
        }
        out[outSize] = malloc(sizeof(int) * (depth ? depth : 1));
        memcpy(out[outSize], path, sizeof(int) * depth);
        outCols[outSize++] = depth;
        return;
    }
    for (int i = start; i < n && c[i] <= left; i++) {
        if (i > start && c[i] == c[i - 1]) continue;
        path[depth] = c[i];
        go(c, n, i + 1, left - c[i], depth + 1);
    }
}

int** combinationSum2(int* candidates, int candidatesSize, int target, int* returnSize, int** returnColumnSizes) {
    qsort(candidates, candidatesSize, sizeof(int), cmpInt);
    outCap = 16;
    outSize = 0;
    out = malloc(sizeof(int*) * outCap);
    outCols = malloc(sizeof(int) * outCap);
    go(candidates, candidatesSize, 0, target, 0);
    *returnSize = outSize;
    *returnColumnSizes = outCols;
    return out;
}
