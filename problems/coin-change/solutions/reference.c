int coinChange(int* coins, int coinsSize, int amount) {
    int* best = malloc(sizeof(int) * (amount + 1));
    best[0] = 0;
    for (int x = 1; x <= amount; x++) best[x] = amount + 1;
    for (int i = 0; i < coinsSize; i++) {
        int coin = coins[i];
        if (coin > amount) continue;
        for (int x = coin; x <= amount; x++) {
            if (best[x - coin] + 1 < best[x]) best[x] = best[x - coin] + 1;
        }
    }
    int answer = best[amount] > amount ? -1 : best[amount];
    free(best);
    return answer;
}
