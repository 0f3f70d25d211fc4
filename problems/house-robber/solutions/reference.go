func rob(nums []int) int {
	take, skip := 0, 0
	for _, x := range nums {
		if take > skip {
			take, skip = skip+x, take
		} else {
			take = skip + x
		}
	}
	if take > skip {
		return take
	}
	return skip
}
