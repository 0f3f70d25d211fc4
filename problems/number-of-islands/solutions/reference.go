func numIslands(grid [][]byte) int {
	m, n := len(grid), len(grid[0])
	islands := 0
	stack := [][2]int{}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if grid[i][j] != '1' {
				continue
			}
			islands++
			grid[i][j] = '0'
			stack = append(stack, [2]int{i, j})
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					r, c := p[0]+d[0], p[1]+d[1]
					if r >= 0 && r < m && c >= 0 && c < n && grid[r][c] == '1' {
						grid[r][c] = '0'
						stack = append(stack, [2]int{r, c})
					}
				}
			}
		}
	}
	return islands
}
