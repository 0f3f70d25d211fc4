static void siftDown(int* h, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && h[l] < h[m]) m = l;
        if (r < n && h[r] < h[m]) m = r;
        if (m == i) return;
        int t = h[i]; h[i] = h[m]; h[m] = t;
        i = m;
    }
}

int findKthLargest(int* nums, int numsSize, int k) {
    /* A min-heap of the k largest seen, kept in the first k slots of nums. */
    for (int i = k / 2 - 1; i >= 0; i--) siftDown(nums, k, i);
    for (int i = k; i < numsSize; i++) {
        if (nums[i] > nums[0]) {
            nums[0] = nums[i];
            siftDown(nums, k, 0);
        }
    }
    return nums[0];
}
