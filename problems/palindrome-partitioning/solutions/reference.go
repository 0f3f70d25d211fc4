func partition(s string) [][]string {
	n := len(s)
	pal := make([][]bool, n)
	for i := range pal {
		pal[i] = make([]bool, n)
	}
	for i := n - 1; i >= 0; i-- {
		for j := i; j < n; j++ {
			pal[i][j] = s[i] == s[j] && (j-i < 2 || pal[i+1][j-1])
		}
	}
	out := [][]string{}
	path := []string{}
	var gen func(start int)
	gen = func(start int) {
		if start == n {
			out = append(out, append([]string(nil), path...))
			return
		}
		for end := start; end < n; end++ {
			if pal[start][end] {
				path = append(path, s[start:end+1])
				gen(end + 1)
				path = path[:len(path)-1]
			}
		}
	}
	gen(0)
	return out
}
