func longestIncreasingPath(matrix [][]int) int {
	m, n := len(matrix), len(matrix[0])
	order := make([]int, m*n)
	for c := range order {
		order[c] = c
	}
	sort.Slice(order, func(a, b int) bool {
		return matrix[order[a]/n][order[a]%n] > matrix[order[b]/n][order[b]%n]
	})
	best := make([]int, m*n)
	dirs := [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	answer := 1
	for _, c := range order {
		i, j := c/n, c%n
		best[c] = 1
		for _, d := range dirs {
			x, y := i+d[0], j+d[1]
			if x >= 0 && x < m && y >= 0 && y < n && matrix[x][y] > matrix[i][j] && best[x*n+y]+1 > best[c] {
				best[c] = best[x*n+y] + 1
			}
		}
		if best[c] > answer {
			answer = best[c]
		}
	}
	return answer
}
