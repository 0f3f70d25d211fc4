class Solution {
    public int numIslands(char[][] grid) {
        int m = grid.length, n = grid[0].length, islands = 0;
        int[] stack = new int[m * n];
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1') continue;
                islands++;
                grid[i][j] = '0';
                int top = 0;
                stack[top++] = i * n + j;
                while (top > 0) {
                    int cell = stack[--top], r = cell / n, c = cell % n;
                    for (int d = 0; d < 4; d++) {
                        int nr = r + dr[d], nc = c + dc[d];
                        if (nr >= 0 && nr < m && nc >= 0 && nc < n && grid[nr][nc] == '1') {
                            grid[nr][nc] = '0';
                            stack[top++] = nr * n + nc;
                        }
                    }
                }
            }
        }
        return islands;
    }
}
