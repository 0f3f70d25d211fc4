/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** subsets(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    int total = 1 << numsSize;
    int** out = malloc(sizeof(int*) * total);
    int* sizes = malloc(sizeof(int) * total);
    for (int mask = 0; mask < total; mask++) {
        int* s = malloc(sizeof(int) * (numsSize ? numsSize : 1));
        int len = 0;
        for (int i = 0; i < numsSize; i++) {
            if (mask & (1 << i)) s[len++] = nums[i];
        }
        out[mask] = s;
        sizes[mask] = len;
    }
    *returnSize = total;
    *returnColumnSizes = sizes;
    return out;
}
