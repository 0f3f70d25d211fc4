class Solution {
    public boolean wordBreak(String s, List<String> wordDict) {
        Set<String> words = new HashSet<>(wordDict);
        TreeSet<Integer> lengths = new TreeSet<>();
        for (String w : wordDict) lengths.add(w.length());
        int n = s.length();
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = 1; i <= n; i++) {
            for (int k : lengths) {
                if (k > i) break;
                if (ok[i - k] && words.contains(s.substring(i - k, i))) {
                    ok[i] = true;
                    break;
                }
            }
        }
        return ok[n];
    }
}
