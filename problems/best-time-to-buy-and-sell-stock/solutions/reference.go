func maxProfit(prices []int) int {
	best, lowest := 0, math.MaxInt32
	for _, p := range prices {
		if p < lowest {
			lowest = p
		} else if p-lowest > best {
			best = p - lowest
		}
	}
	return best
}
