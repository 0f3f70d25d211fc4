func networkDelayTime(times [][]int, n int, k int) int {
	const INF = math.MaxInt32
	w := make([][]int, n+1)
	for i := range w {
		w[i] = make([]int, n+1)
		for j := range w[i] {
			w[i][j] = INF
		}
	}
	for _, t := range times {
		if t[2] < w[t[0]][t[1]] {
			w[t[0]][t[1]] = t[2]
		}
	}
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = INF
	}
	done := make([]bool, n+1)
	dist[k] = 0
	best := 0
	for round := 0; round < n; round++ {
		u := -1
		for v := 1; v <= n; v++ {
			if !done[v] && (u == -1 || dist[v] < dist[u]) {
				u = v
			}
		}
		if dist[u] == INF {
			return -1
		}
		done[u] = true
		if dist[u] > best {
			best = dist[u]
		}
		for v := 1; v <= n; v++ {
			if dist[u]+w[u][v] < dist[v] {
				dist[v] = dist[u] + w[u][v]
			}
		}
	}
	return best
}
