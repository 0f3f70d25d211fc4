int findCheapestPrice(int n, int** flights, int flightsSize, int* flightsColSize, int src, int dst, int k) {
    int* cost = malloc(sizeof(int) * n);
    int* next = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) cost[i] = INT_MAX;
    cost[src] = 0;
    for (int round = 0; round <= k; round++) {
        memcpy(next, cost, sizeof(int) * n);
        for (int i = 0; i < flightsSize; i++) {
            int u = flights[i][0], v = flights[i][1], p = flights[i][2];
            if (cost[u] != INT_MAX && cost[u] + p < next[v]) next[v] = cost[u] + p;
        }
        int* t = cost; cost = next; next = t;
    }
    int answer = cost[dst] == INT_MAX ? -1 : cost[dst];
    free(cost);
    free(next);
    return answer;
}
