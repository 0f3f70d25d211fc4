int maxProduct(int* nums, int numsSize) {
    long long best = nums[0], hi = nums[0], lo = nums[0];
    for (int i = 1; i < numsSize; i++) {
        long long x = nums[i], a = hi * x, b = lo * x;
        hi = x;
        if (a > hi) hi = a;
        if (b > hi) hi = b;
        lo = x;
        if (a < lo) lo = a;
        if (b < lo) lo = b;
        if (hi > best) best = hi;
    }
    return (int)best;
}
