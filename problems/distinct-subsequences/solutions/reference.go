func numDistinct(s string, t string) int {
	m := len(t)
	ways := make([]uint32, m+1)
	ways[0] = 1
	for i := 0; i < len(s); i++ {
		for j := m; j >= 1; j-- {
			if t[j-1] == s[i] {
				ways[j] += ways[j-1]
			}
		}
	}
	return int(ways[m])
}
