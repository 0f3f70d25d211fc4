func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	const inf = math.MaxInt32
	cost := make([]int, n)
	for i := range cost {
		cost[i] = inf
	}
	cost[src] = 0
	for round := 0; round <= k; round++ {
		next := append([]int(nil), cost...)
		for _, f := range flights {
			if cost[f[0]] != inf && cost[f[0]]+f[2] < next[f[1]] {
				next[f[1]] = cost[f[0]] + f[2]
			}
		}
		cost = next
	}
	if cost[dst] == inf {
		return -1
	}
	return cost[dst]
}
