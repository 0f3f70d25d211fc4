function coinChange(coins: number[], amount: number): number {
    const best: number[] = new Array(amount + 1).fill(amount + 1);
    best[0] = 0;
    for (const coin of coins) {
        for (let x = coin; x <= amount; x++) best[x] = Math.min(best[x], best[x - coin] + 1);
    }
    return best[amount] > amount ? -1 : best[amount];
};
