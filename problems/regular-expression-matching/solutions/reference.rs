impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let (n, m) = (s.len(), p.len());
        let mut dp = vec![vec![false; m + 1]; n + 1];
        dp[0][0] = true;
        for j in 2..=m {
            if p[j - 1] == b'*' {
                dp[0][j] = dp[0][j - 2];
            }
        }
        for i in 1..=n {
            for j in 1..=m {
                dp[i][j] = if p[j - 1] == b'*' {
                    dp[i][j - 2] || ((p[j - 2] == s[i - 1] || p[j - 2] == b'.') && dp[i - 1][j])
                } else {
                    (p[j - 1] == s[i - 1] || p[j - 1] == b'.') && dp[i - 1][j - 1]
                };
            }
        }
        dp[n][m]
    }
}
