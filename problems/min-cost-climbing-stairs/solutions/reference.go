func minCostClimbingStairs(cost []int) int {
	a, b := 0, 0
	for i := 2; i <= len(cost); i++ {
		c := b + cost[i-1]
		if a+cost[i-2] < c {
			c = a + cost[i-2]
		}
		a, b = b, c
	}
	return b
}
