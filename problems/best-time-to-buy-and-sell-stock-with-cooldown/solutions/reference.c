int maxProfit(int* prices, int pricesSize) {
    int hold = -prices[0], sold = 0, rest = 0;
    for (int i = 1; i < pricesSize; i++) {
        int p = prices[i];
        int h = hold > rest - p ? hold : rest - p;
        int s = hold + p;
        int r = rest > sold ? rest : sold;
        hold = h;
        sold = s;
        rest = r;
    }
    return sold > rest ? sold : rest;
}
