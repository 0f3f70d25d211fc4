class Solution {
    public int maxCoins(int[] nums) {
        int n = nums.length + 2;
        int[] v = new int[n];
        v[0] = v[n - 1] = 1;
        for (int i = 0; i < nums.length; i++) v[i + 1] = nums[i];
        int[][] best = new int[n][n];
        for (int gap = 2; gap < n; gap++) {
            for (int i = 0; i + gap < n; i++) {
                int j = i + gap;
                for (int k = i + 1; k < j; k++) {
                    best[i][j] = Math.max(best[i][j], best[i][k] + v[i] * v[k] * v[j] + best[k][j]);
                }
            }
        }
        return best[0][n - 1];
    }
}
