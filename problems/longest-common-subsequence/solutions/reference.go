func longestCommonSubsequence(text1 string, text2 string) int {
	m := len(text2)
	prev, cur := make([]int, m+1), make([]int, m+1)
	for i := 0; i < len(text1); i++ {
		for j := 0; j < m; j++ {
			if text1[i] == text2[j] {
				cur[j+1] = prev[j] + 1
			} else if prev[j+1] > cur[j] {
				cur[j+1] = prev[j+1]
			} else {
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[m]
}
