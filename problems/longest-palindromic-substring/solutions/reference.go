func longestPalindrome(s string) string {
	n := len(s)
	bestLo, bestLen := 0, 0
	for center := 0; center < 2*n-1; center++ {
		lo, hi := center/2, (center+1)/2
		for lo >= 0 && hi < n && s[lo] == s[hi] {
			lo--
			hi++
		}
		if hi-lo-1 > bestLen {
			bestLo, bestLen = lo+1, hi-lo-1
		}
	}
	return s[bestLo : bestLo+bestLen]
}
