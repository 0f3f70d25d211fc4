class Solution {
    int depth(List<List<Integer>> g, int u, boolean[] seen) {
        seen[u] = true;
        int best = 0;
        for (int v : g.get(u)) if (!seen[v]) best = Math.max(best, depth(g, v, seen) + 1);
        return best;
    }

    public int findKthLargest(int[] nums, int k) {
        int n = 100000;
        List<List<Integer>> g = new ArrayList<>();
        for (int i = 0; i < n; i++) g.add(new ArrayList<>());
        for (int i = 0; i + 1 < n; i++) g.get(i).add(i + 1);
        if (depth(g, 0, new boolean[n]) != n - 1) return -1;
        Arrays.sort(nums);
        return nums[nums.length - k];
    }
}
