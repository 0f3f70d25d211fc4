func minWindow(s string, t string) string {
	var need [128]int
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	missing, bestLo, bestLen, lo := len(t), 0, -1, 0
	for hi := 0; hi < len(s); hi++ {
		if need[s[hi]] > 0 {
			missing--
		}
		need[s[hi]]--
		if missing == 0 {
			for need[s[lo]] < 0 {
				need[s[lo]]++
				lo++
			}
			if bestLen < 0 || hi-lo+1 < bestLen {
				bestLo, bestLen = lo, hi-lo+1
			}
			need[s[lo]]++
			lo++
			missing++
		}
	}
	if bestLen < 0 {
		return ""
	}
	return s[bestLo : bestLo+bestLen]
}
