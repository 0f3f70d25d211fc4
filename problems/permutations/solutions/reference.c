static void generate(int* nums, int n, int k, int** out, int* count) {
    if (k == n) {
        int* row = malloc(sizeof(int) * n);
        memcpy(row, nums, sizeof(int) * n);
        out[(*count)++] = row;
        return;
    }
    for (int i = k; i < n; i++) {
        int t = nums[k]; nums[k] = nums[i]; nums[i] = t;
        generate(nums, n, k + 1, out, count);
        t = nums[k]; nums[k] = nums[i]; nums[i] = t;
    }
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** permute(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    int total = 1;
    for (int i = 2; i <= numsSize; i++) total *= i;
    int** out = malloc(sizeof(int*) * total);
    int count = 0;
    generate(nums, numsSize, 0, out, &count);
    *returnSize = count;
    *returnColumnSizes = malloc(sizeof(int) * total);
    for (int i = 0; i < total; i++) (*returnColumnSizes)[i] = numsSize;
    return out;
}
