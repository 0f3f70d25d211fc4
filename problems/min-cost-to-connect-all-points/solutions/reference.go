func minCostConnectPoints(points [][]int) int {
	n := len(points)
	best := make([]int, n)
	used := make([]bool, n)
	for i := range best {
		best[i] = math.MaxInt64
	}
	best[0] = 0
	total := 0
	abs := func(x int) int {
		if x < 0 {
			return -x
		}
		return x
	}
	for k := 0; k < n; k++ {
		u := -1
		for i := 0; i < n; i++ {
			if !used[i] && (u == -1 || best[i] < best[u]) {
				u = i
			}
		}
		used[u] = true
		total += best[u]
		for v := 0; v < n; v++ {
			if used[v] {
				continue
			}
			if d := abs(points[u][0]-points[v][0]) + abs(points[u][1]-points[v][1]); d < best[v] {
				best[v] = d
			}
		}
	}
	return total
}
