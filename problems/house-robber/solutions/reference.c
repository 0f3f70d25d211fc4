int rob(int* nums, int numsSize) {
    int take = 0, skip = 0;
    for (int i = 0; i < numsSize; i++) {
        int t = skip + nums[i];
        if (take > skip) skip = take;
        take = t;
    }
    return take > skip ? take : skip;
}
