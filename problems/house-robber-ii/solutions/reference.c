static int line(int* nums, int lo, int hi) {
    int take = 0, skip = 0;
    for (int i = lo; i < hi; i++) {
        int t = skip + nums[i];
        if (take > skip) skip = take;
        take = t;
    }
    return take > skip ? take : skip;
}

int rob(int* nums, int numsSize) {
    if (numsSize == 1) return nums[0];
    int a = line(nums, 0, numsSize - 1), b = line(nums, 1, numsSize);
    return a > b ? a : b;
}
