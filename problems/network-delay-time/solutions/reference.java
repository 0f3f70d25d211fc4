class Solution {
    public int networkDelayTime(int[][] times, int n, int k) {
        final int INF = Integer.MAX_VALUE / 2;
        int[][] w = new int[n + 1][n + 1];
        for (int[] row : w) Arrays.fill(row, INF);
        for (int[] t : times) w[t[0]][t[1]] = Math.min(w[t[0]][t[1]], t[2]);
        int[] dist = new int[n + 1];
        Arrays.fill(dist, INF);
        boolean[] done = new boolean[n + 1];
        dist[k] = 0;
        int best = 0;
        for (int round = 0; round < n; round++) {
            int u = -1;
            for (int v = 1; v <= n; v++)
                if (!done[v] && (u == -1 || dist[v] < dist[u])) u = v;
            if (dist[u] == INF) return -1;
            done[u] = true;
            best = Math.max(best, dist[u]);
            for (int v = 1; v <= n; v++) dist[v] = Math.min(dist[v], dist[u] + w[u][v]);
        }
        return best;
    }
}
