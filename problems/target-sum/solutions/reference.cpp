class Solution {
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (abs(target) > total || (total + target) % 2) return 0;
        int want = (total + target) / 2;
        vector<long long> ways(want + 1, 0);
        ways[0] = 1;
        for (int x : nums)
            for (int s = want; s >= x; s--) ways[s] += ways[s - x];
        return (int)ways[want];
    }
};
