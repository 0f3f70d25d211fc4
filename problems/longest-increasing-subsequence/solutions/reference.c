int lengthOfLIS(int* nums, int numsSize) {
    int* tails = malloc(sizeof(int) * numsSize);
    int len = 0;
    for (int k = 0; k < numsSize; k++) {
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (tails[mid] < nums[k]) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = nums[k];
        if (lo == len) len++;
    }
    free(tails);
    return len;
}
