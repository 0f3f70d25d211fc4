func coinChange(coins []int, amount int) int {
	best := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		best[i] = amount + 1
	}
	for _, coin := range coins {
		for x := coin; x <= amount; x++ {
			if best[x-coin]+1 < best[x] {
				best[x] = best[x-coin] + 1
			}
		}
	}
	if best[amount] > amount {
		return -1
	}
	return best[amount]
}
