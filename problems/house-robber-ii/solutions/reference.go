func rob(nums []int) int {
	line := func(houses []int) int {
		take, skip := 0, 0
		for _, x := range houses {
			t := skip + x
			if take > skip {
				skip = take
			}
			take = t
		}
		if take > skip {
			return take
		}
		return skip
	}
	n := len(nums)
	if n == 1 {
		return nums[0]
	}
	a, b := line(nums[:n-1]), line(nums[1:])
	if a > b {
		return a
	}
	return b
}
