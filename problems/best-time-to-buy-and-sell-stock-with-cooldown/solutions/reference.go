func maxProfit(prices []int) int {
	hold, sold, rest := -prices[0], 0, 0
	for _, p := range prices[1:] {
		h := hold
		if rest-p > h {
			h = rest - p
		}
		r := rest
		if sold > r {
			r = sold
		}
		hold, sold, rest = h, hold+p, r
	}
	if sold > rest {
		return sold
	}
	return rest
}
