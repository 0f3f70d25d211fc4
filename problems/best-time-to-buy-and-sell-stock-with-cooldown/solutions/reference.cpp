class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int hold = -prices[0], sold = 0, rest = 0;
        for (size_t i = 1; i < prices.size(); i++) {
            int p = prices[i];
            int h = max(hold, rest - p), s = hold + p, r = max(rest, sold);
            hold = h, sold = s, rest = r;
        }
        return max(sold, rest);
    }
};
