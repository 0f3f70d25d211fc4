bool canPartition(int* nums, int numsSize) {
    int total = 0;
    for (int i = 0; i < numsSize; i++) total += nums[i];
    if (total % 2) return false;
    int half = total / 2;
    bool* reach = calloc(half + 1, sizeof(bool));
    reach[0] = true;
    for (int i = 0; i < numsSize; i++)
        for (int s = half; s >= nums[i]; s--)
            if (reach[s - nums[i]]) reach[s] = true;
    bool ok = reach[half];
    free(reach);
    return ok;
}
