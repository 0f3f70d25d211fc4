class Solution {
    public int minCostConnectPoints(int[][] points) {
        int n = points.length;
        long[] best = new long[n];
        Arrays.fill(best, Long.MAX_VALUE);
        boolean[] used = new boolean[n];
        best[0] = 0;
        long total = 0;
        for (int k = 0; k < n; k++) {
            int u = -1;
            for (int i = 0; i < n; i++)
                if (!used[i] && (u == -1 || best[i] < best[u])) u = i;
            used[u] = true;
            total += best[u];
            for (int v = 0; v < n; v++) {
                if (used[v]) continue;
                long d = Math.abs((long) points[u][0] - points[v][0]) + Math.abs((long) points[u][1] - points[v][1]);
                if (d < best[v]) best[v] = d;
            }
        }
        return (int) total;
    }
}
