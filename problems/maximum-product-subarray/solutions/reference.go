func maxProduct(nums []int) int {
	best, hi, lo := nums[0], nums[0], nums[0]
	for _, x := range nums[1:] {
		a, b := hi*x, lo*x
		hi, lo = x, x
		if a > hi {
			hi = a
		}
		if b > hi {
			hi = b
		}
		if a < lo {
			lo = a
		}
		if b < lo {
			lo = b
		}
		if hi > best {
			best = hi
		}
	}
	return best
}
