class Solution {
public:
    int maxProduct(vector<int>& nums) {
        long long best = nums[0], hi = nums[0], lo = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            long long x = nums[i], a = hi * x, b = lo * x;
            hi = max({x, a, b});
            lo = min({x, a, b});
            best = max(best, hi);
        }
        return (int)best;
    }
};
