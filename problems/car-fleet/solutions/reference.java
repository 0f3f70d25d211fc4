class Solution {
    public int carFleet(int target, int[] position, int[] speed) {
        int n = position.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(position[b], position[a]));
        int groups = 0;
        long num = -1, den = 1;
        for (int i : order) {
            long d = target - position[i], s = speed[i];
            if (num < 0 || d * den > num * s) {
                groups++;
                num = d;
                den = s;
            }
        }
        return groups;
    }
}
