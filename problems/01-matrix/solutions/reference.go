func updateMatrix(mat [][]int) [][]int {
	m, n := len(mat), len(mat[0])
	dist := make([][]int, m)
	queue := [][2]int{}
	for i := range mat {
		dist[i] = make([]int, n)
		for j := range mat[i] {
			if mat[i][j] == 0 {
				queue = append(queue, [2]int{i, j})
			} else {
				dist[i][j] = -1
			}
		}
	}
	dirs := [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for head := 0; head < len(queue); head++ {
		i, j := queue[head][0], queue[head][1]
		for _, d := range dirs {
			ni, nj := i+d[0], j+d[1]
			if ni < 0 || ni >= m || nj < 0 || nj >= n || dist[ni][nj] >= 0 {
				continue
			}
			dist[ni][nj] = dist[i][j] + 1
			queue = append(queue, [2]int{ni, nj})
		}
	}
	return dist
}
