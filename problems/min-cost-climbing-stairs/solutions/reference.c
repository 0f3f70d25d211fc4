int minCostClimbingStairs(int* cost, int costSize) {
    int a = 0, b = 0;
    for (int i = 2; i <= costSize; i++) {
        int x = b + cost[i - 1], y = a + cost[i - 2];
        a = b;
        b = x < y ? x : y;
    }
    return b;
}
