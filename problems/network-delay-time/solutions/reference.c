int networkDelayTime(int** times, int timesSize, int* timesColSize, int n, int k) {
    const int INF = INT_MAX / 2;
    static int w[101][101];
    int dist[101];
    bool done[101];
    for (int i = 0; i <= n; i++) {
        for (int j = 0; j <= n; j++) w[i][j] = INF;
        dist[i] = INF;
        done[i] = false;
    }
    for (int i = 0; i < timesSize; i++) {
        int u = times[i][0], v = times[i][1], t = times[i][2];
        if (t < w[u][v]) w[u][v] = t;
    }
    dist[k] = 0;
    int best = 0;
    for (int round = 0; round < n; round++) {
        int u = -1;
        for (int v = 1; v <= n; v++)
            if (!done[v] && (u == -1 || dist[v] < dist[u])) u = v;
        if (dist[u] == INF) return -1;
        done[u] = true;
        if (dist[u] > best) best = dist[u];
        for (int v = 1; v <= n; v++)
            if (dist[u] + w[u][v] < dist[v]) dist[v] = dist[u] + w[u][v];
    }
    return best;
}
