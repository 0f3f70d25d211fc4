func canPartition(nums []int) bool {
	total := 0
	for _, x := range nums {
		total += x
	}
	if total%2 != 0 {
		return false
	}
	half := total / 2
	reach := make([]bool, half+1)
	reach[0] = true
	for _, x := range nums {
		for s := half; s >= x; s-- {
			if reach[s-x] {
				reach[s] = true
			}
		}
	}
	return reach[half]
}
