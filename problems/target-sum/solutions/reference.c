int findTargetSumWays(int* nums, int numsSize, int target) {
    int total = 0;
    for (int i = 0; i < numsSize; i++) total += nums[i];
    if (abs(target) > total || (total + target) % 2) return 0;
    int want = (total + target) / 2;
    long long* ways = calloc(want + 1, sizeof(long long));
    ways[0] = 1;
    for (int i = 0; i < numsSize; i++)
        for (int s = want; s >= nums[i]; s--) ways[s] += ways[s - nums[i]];
    int ans = (int)ways[want];
    free(ways);
    return ans;
}
