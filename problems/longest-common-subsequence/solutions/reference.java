class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int m = text2.length();
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 0; i < text1.length(); i++) {
            char c = text1.charAt(i);
            for (int j = 0; j < m; j++) {
                cur[j + 1] = c == text2.charAt(j) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[m];
    }
}
