class Solution {
    public int maxProfit(int[] prices) {
        int hold = -prices[0], sold = 0, rest = 0;
        for (int i = 1; i < prices.length; i++) {
            int p = prices[i];
            int h = Math.max(hold, rest - p), s = hold + p, r = Math.max(rest, sold);
            hold = h;
            sold = s;
            rest = r;
        }
        return Math.max(sold, rest);
    }
}
