/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static int cmpInt(const void* a, const void* b) {
    return *(const int*)a - *(const int*)b;
}

static void build(int* nums, int n, int start, int* path, int depth, int** out, int* sizes, int* count) {
    out[*count] = malloc(sizeof(int) * (depth > 0 ? depth : 1));
    memcpy(out[*count], path, sizeof(int) * depth);
    sizes[*count] = depth;
    (*count)++;
    for (int i = start; i < n; i++) {
        if (i > start && nums[i] == nums[i - 1]) continue;
        path[depth] = nums[i];
        build(nums, n, i + 1, path, depth + 1, out, sizes, count);
    }
}

int** subsetsWithDup(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), cmpInt);
    int cap = 1 << numsSize;
    int** out = malloc(sizeof(int*) * cap);
    *returnColumnSizes = malloc(sizeof(int) * cap);
    int path[10];
    *returnSize = 0;
    build(nums, numsSize, 0, path, 0, out, *returnColumnSizes, returnSize);
    return out;
}
