func pacificAtlantic(heights [][]int) [][]int {
	m, n := len(heights), len(heights[0])
	reach := func(starts [][2]int) [][]bool {
		seen := make([][]bool, m)
		for i := range seen {
			seen[i] = make([]bool, n)
		}
		stack := [][2]int{}
		for _, s := range starts {
			if !seen[s[0]][s[1]] {
				seen[s[0]][s[1]] = true
				stack = append(stack, s)
			}
		}
		dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
		for len(stack) > 0 {
			cell := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, d := range dirs {
				nr, nc := cell[0]+d[0], cell[1]+d[1]
				if nr < 0 || nc < 0 || nr >= m || nc >= n || seen[nr][nc] || heights[nr][nc] < heights[cell[0]][cell[1]] {
					continue
				}
				seen[nr][nc] = true
				stack = append(stack, [2]int{nr, nc})
			}
		}
		return seen
	}
	top, bottom := [][2]int{}, [][2]int{}
	for c := 0; c < n; c++ {
		top = append(top, [2]int{0, c})
		bottom = append(bottom, [2]int{m - 1, c})
	}
	for r := 0; r < m; r++ {
		top = append(top, [2]int{r, 0})
		bottom = append(bottom, [2]int{r, n - 1})
	}
	p, a := reach(top), reach(bottom)
	out := [][]int{}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			if p[r][c] && a[r][c] {
				out = append(out, []int{r, c})
			}
		}
	}
	return out
}
