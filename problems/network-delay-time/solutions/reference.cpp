class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        const int INF = INT_MAX / 2;
        vector<vector<int>> w(n + 1, vector<int>(n + 1, INF));
        for (auto& t : times) w[t[0]][t[1]] = min(w[t[0]][t[1]], t[2]);
        vector<int> dist(n + 1, INF);
        vector<bool> done(n + 1, false);
        dist[k] = 0;
        int best = 0;
        for (int round = 0; round < n; round++) {
            int u = -1;
            for (int v = 1; v <= n; v++)
                if (!done[v] && (u == -1 || dist[v] < dist[u])) u = v;
            if (dist[u] == INF) return -1;
            done[u] = true;
            best = max(best, dist[u]);
            for (int v = 1; v <= n; v++) dist[v] = min(dist[v], dist[u] + w[u][v]);
        }
        return best;
    }
};
