class Solution {
    public boolean isInterleave(String s1, String s2, String s3) {
        int m = s1.length(), n = s2.length();
        if (m + n != s3.length()) return false;
        boolean[] ok = new boolean[n + 1];
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                if (i == 0 && j == 0) {
                    ok[0] = true;
                    continue;
                }
                boolean a = i > 0 && ok[j] && s1.charAt(i - 1) == s3.charAt(i + j - 1);
                boolean b = j > 0 && ok[j - 1] && s2.charAt(j - 1) == s3.charAt(i + j - 1);
                ok[j] = a || b;
            }
        }
        return ok[n];
    }
}
