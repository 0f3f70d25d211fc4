func orangesRotting(grid [][]int) int {
	m, n := len(grid), len(grid[0])
	fresh, minutes := 0, 0
	q := [][2]int{}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if grid[i][j] == 2 {
				q = append(q, [2]int{i, j})
			} else if grid[i][j] == 1 {
				fresh++
			}
		}
	}
	for len(q) > 0 && fresh > 0 {
		minutes++
		next := [][2]int{}
		for _, p := range q {
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				r, c := p[0]+d[0], p[1]+d[1]
				if r >= 0 && r < m && c >= 0 && c < n && grid[r][c] == 1 {
					grid[r][c] = 2
					fresh--
					next = append(next, [2]int{r, c})
				}
			}
		}
		q = next
	}
	if fresh > 0 {
		return -1
	}
	return minutes
}
