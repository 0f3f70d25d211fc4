func wordBreak(s string, wordDict []string) bool {
	words := make(map[string]bool, len(wordDict))
	seen := map[int]bool{}
	lengths := []int{}
	for _, w := range wordDict {
		words[w] = true
		if !seen[len(w)] {
			seen[len(w)] = true
			lengths = append(lengths, len(w))
		}
	}
	sort.Ints(lengths)
	n := len(s)
	ok := make([]bool, n+1)
	ok[0] = true
	for i := 1; i <= n; i++ {
		for _, k := range lengths {
			if k > i {
				break
			}
			if ok[i-k] && words[s[i-k:i]] {
				ok[i] = true
				break
			}
		}
	}
	return ok[n]
}
