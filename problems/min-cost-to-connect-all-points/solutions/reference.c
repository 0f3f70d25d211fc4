int minCostConnectPoints(int** points, int pointsSize, int* pointsColSize) {
    int n = pointsSize;
    long long* best = malloc(sizeof(long long) * n);
    bool* used = calloc(n, sizeof(bool));
    for (int i = 0; i < n; i++) best[i] = LLONG_MAX;
    best[0] = 0;
    long long total = 0;
    for (int k = 0; k < n; k++) {
        int u = -1;
        for (int i = 0; i < n; i++)
            if (!used[i] && (u == -1 || best[i] < best[u])) u = i;
        used[u] = true;
        total += best[u];
        for (int v = 0; v < n; v++) {
            if (used[v]) continue;
            long long d = llabs((long long)points[u][0] - points[v][0]) + llabs((long long)points[u][1] - points[v][1]);
            if (d < best[v]) best[v] = d;
        }
    }
    free(best);
    free(used);
    return (int)total;
}
