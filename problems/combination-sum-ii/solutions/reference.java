class Solution {
    private final List<List<Integer>> out = new ArrayList<>();
    private final Deque<Integer> path = new ArrayDeque<>();

    public List<List<Integer>> combinationSum2(int[] candidates, int target) {
        Arrays.sort(candidates);
        go(candidates, 0, target);
        return out;
    }

    private void go(int[] c, int start, int left) {
        if (left == 0) {
            out.add(new ArrayList<>(path));
            return;
        }
        for (int i = start; i < c.length && c[i] <= left; i++) {
            if (i > start && c[i] == c[i - 1]) continue;
            path.addLast(c[i]);
            go(c, i + 1, left - c[i]);
            path.removeLast();
        }
    }
}
