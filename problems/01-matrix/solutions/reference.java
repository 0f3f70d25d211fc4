class Solution {
    public int[][] updateMatrix(int[][] mat) {
        int m = mat.length, n = mat[0].length;
        int[][] dist = new int[m][n];
        ArrayDeque<int[]> q = new ArrayDeque<>();
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                dist[i][j] = mat[i][j] == 0 ? 0 : -1;
                if (mat[i][j] == 0) q.add(new int[] {i, j});
            }
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!q.isEmpty()) {
            int[] cell = q.poll();
            for (int[] d : dirs) {
                int ni = cell[0] + d[0], nj = cell[1] + d[1];
                if (ni < 0 || ni >= m || nj < 0 || nj >= n || dist[ni][nj] >= 0) continue;
                dist[ni][nj] = dist[cell[0]][cell[1]] + 1;
                q.add(new int[] {ni, nj});
            }
        }
        return dist;
    }
}
