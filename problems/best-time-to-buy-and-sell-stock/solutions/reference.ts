function maxProfit(prices: number[]): number {
    let best = 0;
    let lowest = Infinity;
    for (const p of prices) {
        if (p < lowest) lowest = p;
        else if (p - lowest > best) best = p - lowest;
    }
    return best;
};
