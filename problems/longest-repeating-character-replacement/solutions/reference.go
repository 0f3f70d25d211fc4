func characterReplacement(s string, k int) int {
	var count [26]int
	left, best := 0, 0
	for right := 0; right < len(s); right++ {
		count[s[right]-'A']++
		if count[s[right]-'A'] > best {
			best = count[s[right]-'A']
		}
		if right-left+1-best > k {
			count[s[left]-'A']--
			left++
		}
	}
	return len(s) - left
}
