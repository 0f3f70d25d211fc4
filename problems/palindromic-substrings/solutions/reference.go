func countSubstrings(s string) int {
	n, count := len(s), 0
	for center := 0; center < 2*n-1; center++ {
		lo, hi := center/2, center/2+center%2
		for lo >= 0 && hi < n && s[lo] == s[hi] {
			count++
			lo--
			hi++
		}
	}
	return count
}
