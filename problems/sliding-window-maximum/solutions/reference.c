/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    int* dq = malloc(sizeof(int) * numsSize);
    int* out = malloc(sizeof(int) * (numsSize - k + 1));
    int head = 0, tail = 0, count = 0;
    for (int i = 0; i < numsSize; i++) {
        while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
        dq[tail++] = i;
        if (dq[head] <= i - k) head++;
        if (i >= k - 1) out[count++] = nums[dq[head]];
    }
    free(dq);
    *returnSize = count;
    return out;
}
