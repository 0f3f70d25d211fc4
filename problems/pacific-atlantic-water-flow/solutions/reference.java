class Solution {
    private static final int[] DR = {1, -1, 0, 0}, DC = {0, 0, 1, -1};

    private boolean[][] reach(int[][] h, List<int[]> starts) {
        int m = h.length, n = h[0].length;
        boolean[][] seen = new boolean[m][n];
        Deque<int[]> stack = new ArrayDeque<>();
        for (int[] s : starts) {
            if (!seen[s[0]][s[1]]) {
                seen[s[0]][s[1]] = true;
                stack.push(s);
            }
        }
        while (!stack.isEmpty()) {
            int[] cell = stack.pop();
            for (int d = 0; d < 4; d++) {
                int nr = cell[0] + DR[d], nc = cell[1] + DC[d];
                if (nr < 0 || nc < 0 || nr >= m || nc >= n || seen[nr][nc] || h[nr][nc] < h[cell[0]][cell[1]]) continue;
                seen[nr][nc] = true;
                stack.push(new int[] {nr, nc});
            }
        }
        return seen;
    }

    public List<List<Integer>> pacificAtlantic(int[][] heights) {
        int m = heights.length, n = heights[0].length;
        List<int[]> top = new ArrayList<>(), bottom = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            top.add(new int[] {0, c});
            bottom.add(new int[] {m - 1, c});
        }
        for (int r = 0; r < m; r++) {
            top.add(new int[] {r, 0});
            bottom.add(new int[] {r, n - 1});
        }
        boolean[][] p = reach(heights, top), a = reach(heights, bottom);
        List<List<Integer>> out = new ArrayList<>();
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++)
                if (p[r][c] && a[r][c]) out.add(Arrays.asList(r, c));
        return out;
    }
}
