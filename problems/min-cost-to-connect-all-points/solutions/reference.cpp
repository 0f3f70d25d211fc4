class Solution {
public:
    int minCostConnectPoints(vector<vector<int>>& points) {
        int n = points.size();
        vector<long long> best(n, LLONG_MAX);
        vector<bool> used(n, false);
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
                best[v] = min(best[v], d);
            }
        }
        return (int)total;
    }
};
