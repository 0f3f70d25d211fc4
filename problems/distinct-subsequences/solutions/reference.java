class Solution {
    public int numDistinct(String s, String t) {
        int m = t.length();
        int[] ways = new int[m + 1];
        ways[0] = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            for (int j = m; j >= 1; j--) {
                if (t.charAt(j - 1) == c) ways[j] += ways[j - 1];
            }
        }
        return ways[m];
    }
}
