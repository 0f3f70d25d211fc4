function maxProfit(prices: number[]): number {
    let hold = -prices[0], sold = 0, rest = 0;
    for (let i = 1; i < prices.length; i++) {
        const p = prices[i];
        [hold, sold, rest] = [Math.max(hold, rest - p), hold + p, Math.max(rest, sold)];
    }
    return Math.max(sold, rest);
}
