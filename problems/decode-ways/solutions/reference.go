func numDecodings(s string) int {
	prev, cur := 1, 0
	if s[0] != '0' {
		cur = 1
	}
	for i := 1; i < len(s); i++ {
		next := 0
		if s[i] != '0' {
			next = cur
		}
		if s[i-1] == '1' || (s[i-1] == '2' && s[i] <= '6') {
			next += prev
		}
		prev, cur = cur, next
	}
	return cur
}
