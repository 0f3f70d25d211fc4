func checkInclusion(s1 string, s2 string) bool {
	m, n := len(s1), len(s2)
	if m > n {
		return false
	}
	var need, have [26]int
	for i := 0; i < m; i++ {
		need[s1[i]-'a']++
	}
	for i := 0; i < n; i++ {
		have[s2[i]-'a']++
		if i >= m {
			have[s2[i-m]-'a']--
		}
		if i >= m-1 && have == need {
			return true
		}
	}
	return false
}
