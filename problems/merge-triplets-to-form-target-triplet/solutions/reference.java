class Solution {
    public boolean mergeTriplets(int[][] triplets, int[] target) {
        int[] got = new int[3];
        for (int[] t : triplets) {
            if (t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2]) {
                for (int k = 0; k < 3; k++) got[k] = Math.max(got[k], t[k]);
            }
        }
        return Arrays.equals(got, target);
    }
}
