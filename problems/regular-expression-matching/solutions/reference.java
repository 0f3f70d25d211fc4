class Solution {
    public boolean isMatch(String s, String p) {
        int n = s.length(), m = p.length();
        boolean[][] match = new boolean[n + 1][m + 1];
        match[0][0] = true;
        for (int j = 2; j <= m; j++)
            if (p.charAt(j - 1) == '*') match[0][j] = match[0][j - 2];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                char c = p.charAt(j - 1);
                if (c == '*') {
                    char x = p.charAt(j - 2);
                    match[i][j] = match[i][j - 2] || ((x == s.charAt(i - 1) || x == '.') && match[i - 1][j]);
                } else {
                    match[i][j] = (c == s.charAt(i - 1) || c == '.') && match[i - 1][j - 1];
                }
            }
        }
        return match[n][m];
    }
}
