func groupAnagrams(strs []string) [][]string {
	index := map[[26]byte]int{}
	groups := [][]string{}
	for _, w := range strs {
		var key [26]byte
		for i := 0; i < len(w); i++ {
			key[w[i]-'a']++
		}
		if j, ok := index[key]; ok {
			groups[j] = append(groups[j], w)
		} else {
			index[key] = len(groups)
			groups = append(groups, []string{w})
		}
	}
	return groups
}
