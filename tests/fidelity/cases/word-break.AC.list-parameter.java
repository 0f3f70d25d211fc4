// LeetCode's Java signature takes the dictionary as a List<String>, and people use List methods on it.
class Solution {
    public boolean wordBreak(String s, List<String> wordDict) {
        Set<String> dict = new HashSet<>(wordDict);
        int maxLen = 0;
        for (String w : wordDict) maxLen = Math.max(maxLen, w.length());
        boolean[] dp = new boolean[s.length() + 1];
        dp[0] = true;
        for (int i = 1; i <= s.length(); i++) {
            for (int j = Math.max(0, i - maxLen); j < i && !dp[i]; j++) {
                dp[i] = dp[j] && dict.contains(s.substring(j, i));
            }
        }
        wordDict.add("mutable, as on LeetCode");
        return dp[s.length()];
    }
}
