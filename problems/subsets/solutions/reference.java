class Solution {
    public List<List<Integer>> subsets(int[] nums) {
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (int x : nums) {
            int size = out.size();
            for (int i = 0; i < size; i++) {
                List<Integer> s = new ArrayList<>(out.get(i));
                s.add(x);
                out.add(s);
            }
        }
        return out;
    }
}
