static int cmp(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** threeSum(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), cmp);
    int cap = 16, count = 0;
    int** out = malloc(sizeof(int*) * cap);
    for (int i = 0; i + 2 < numsSize && nums[i] <= 0; i++) {
        if (i > 0 && nums[i] == nums[i - 1]) continue;
        int lo = i + 1, hi = numsSize - 1;
        while (lo < hi) {
            int s = nums[i] + nums[lo] + nums[hi];
            if (s < 0) lo++;
            else if (s > 0) hi--;
            else {
                if (count == cap) {
                    cap *= 2;
                    out = realloc(out, sizeof(int*) * cap);
                }
                int* t = malloc(sizeof(int) * 3);
                t[0] = nums[i];
                t[1] = nums[lo];
                t[2] = nums[hi];
                out[count++] = t;
                lo++;
                while (lo < hi && nums[lo] == nums[lo - 1]) lo++;
                hi--;
            }
        }
    }
    *returnSize = count;
    *returnColumnSizes = malloc(sizeof(int) * (count ? count : 1));
    for (int i = 0; i < count; i++) (*returnColumnSizes)[i] = 3;
    return out;
}
