class Solution {
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        bitset<10001> reach;
        reach[0] = 1;
        for (int x : nums) reach |= reach << x;
        return reach[total / 2];
    }
};
