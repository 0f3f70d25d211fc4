func isMatch(s string, p string) bool {
	n, m := len(s), len(p)
	match := make([][]bool, n+1)
	for i := range match {
		match[i] = make([]bool, m+1)
	}
	match[0][0] = true
	for j := 2; j <= m; j++ {
		if p[j-1] == '*' {
			match[0][j] = match[0][j-2]
		}
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			if p[j-1] == '*' {
				match[i][j] = match[i][j-2] || ((p[j-2] == s[i-1] || p[j-2] == '.') && match[i-1][j])
			} else {
				match[i][j] = (p[j-1] == s[i-1] || p[j-1] == '.') && match[i-1][j-1]
			}
		}
	}
	return match[n][m]
}
