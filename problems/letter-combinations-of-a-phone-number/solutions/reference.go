func letterCombinations(digits string) []string {
	if digits == "" {
		return []string{}
	}
	keys := []string{"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"}
	out := []string{""}
	for _, d := range digits {
		var next []string
		for _, s := range out {
			for _, ch := range keys[d-'0'] {
				next = append(next, s+string(ch))
			}
		}
		out = next
	}
	return out
}
