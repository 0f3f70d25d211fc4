/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    /* Open addressing on the value; the table is twice the input, a power of two. */
    int cap = 1;
    while (cap < numsSize * 2) cap <<= 1;
    int* keys = malloc(sizeof(int) * cap);
    int* idx = malloc(sizeof(int) * cap);
    for (int i = 0; i < cap; i++) idx[i] = -1;
    int* result = malloc(sizeof(int) * 2);
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        long long want = (long long)target - nums[i];
        if (want >= INT_MIN && want <= INT_MAX) {
            unsigned h = ((unsigned)(int)want * 2654435761u) & (cap - 1);
            while (idx[h] != -1) {
                if (keys[h] == (int)want) {
                    result[0] = idx[h];
                    result[1] = i;
                    *returnSize = 2;
                    free(keys);
                    free(idx);
                    return result;
                }
                h = (h + 1) & (cap - 1);
            }
        }
        unsigned h = ((unsigned)nums[i] * 2654435761u) & (cap - 1);
        while (idx[h] != -1 && keys[h] != nums[i]) h = (h + 1) & (cap - 1);
        if (idx[h] == -1) {
            keys[h] = nums[i];
            idx[h] = i;
        }
    }
    free(keys);
    free(idx);
    return result;
}
