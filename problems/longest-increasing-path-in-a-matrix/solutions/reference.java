class Solution {
    public int longestIncreasingPath(int[][] matrix) {
        int m = matrix.length, n = matrix[0].length;
        long[] keys = new long[m * n];
        for (int c = 0; c < m * n; c++) keys[c] = ((long) matrix[c / n][c % n] << 16) | c;
        Arrays.sort(keys);
        int[] best = new int[m * n];
        int[] dx = {1, -1, 0, 0}, dy = {0, 0, 1, -1};
        int answer = 1;
        for (int k = m * n - 1; k >= 0; k--) {
            int c = (int) (keys[k] & 0xFFFF), i = c / n, j = c % n;
            best[c] = 1;
            for (int d = 0; d < 4; d++) {
                int x = i + dx[d], y = j + dy[d];
                if (x >= 0 && x < m && y >= 0 && y < n && matrix[x][y] > matrix[i][j]) best[c] = Math.max(best[c], best[x * n + y] + 1);
            }
            answer = Math.max(answer, best[c]);
        }
        return answer;
    }
}
