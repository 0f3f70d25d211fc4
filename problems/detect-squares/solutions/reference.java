class DetectSquares {
    private final int[][] cnt = new int[1001][1001];
    private final List<int[]> points = new ArrayList<>();

    public DetectSquares() {
    }

    public void add(int[] point) {
        if (cnt[point[0]][point[1]]++ == 0) points.add(new int[] {point[0], point[1]});
    }

    public int count(int[] point) {
        int x = point[0], y = point[1], total = 0;
        for (int[] p : points) {
            int px = p[0], py = p[1];
            if (Math.abs(px - x) != Math.abs(py - y) || px == x) continue;
            total += cnt[px][py] * cnt[x][py] * cnt[px][y];
        }
        return total;
    }
}

/**
 * Your DetectSquares object will be instantiated and called as such:
 * DetectSquares obj = new DetectSquares();
 * obj.add(point);
 * int param_2 = obj.count(point);
 */
