class Solution {
    public int coinChange(int[] coins, int amount) {
        int[] best = new int[amount + 1];
        Arrays.fill(best, amount + 1);
        best[0] = 0;
        for (int coin : coins) {
            if (coin > amount) continue;
            for (int x = coin; x <= amount; x++) best[x] = Math.min(best[x], best[x - coin] + 1);
        }
        return best[amount] > amount ? -1 : best[amount];
    }
}
