func maxAreaOfIsland(grid [][]int) int {
	m, n := len(grid), len(grid[0])
	var fill func(r, c int) int
	fill = func(r, c int) int {
		if r < 0 || c < 0 || r >= m || c >= n || grid[r][c] != 1 {
			return 0
		}
		grid[r][c] = 2
		return 1 + fill(r+1, c) + fill(r-1, c) + fill(r, c+1) + fill(r, c-1)
	}
	best := 0
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if a := fill(i, j); a > best {
				best = a
			}
		}
	}
	return best
}
