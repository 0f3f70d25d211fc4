class Solution {
    public List<List<Integer>> combinationSum(int[] candidates, int target) {
        Arrays.sort(candidates);
        List<List<Integer>> out = new ArrayList<>();
        backtrack(candidates, 0, target, new ArrayList<>(), out);
        return out;
    }

    private void backtrack(int[] cand, int start, int remaining, List<Integer> path, List<List<Integer>> out) {
        if (remaining == 0) {
            out.add(new ArrayList<>(path));
            return;
        }
        for (int i = start; i < cand.length && cand[i] <= remaining; i++) {
            path.add(cand[i]);
            backtrack(cand, i, remaining - cand[i], path, out);
            path.remove(path.size() - 1);
        }
    }
}
