int maxProfit(int* prices, int pricesSize) {
    int best = 0, lowest = INT_MAX;
    for (int i = 0; i < pricesSize; i++) {
        if (prices[i] < lowest) lowest = prices[i];
        else if (prices[i] - lowest > best) best = prices[i] - lowest;
    }
    return best;
}
