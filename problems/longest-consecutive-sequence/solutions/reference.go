func longestConsecutive(nums []int) int {
	present := make(map[int]bool, len(nums))
	for _, x := range nums {
		present[x] = true
	}
	best := 0
	for x := range present {
		if present[x-1] {
			continue
		}
		y := x
		for present[y+1] {
			y++
		}
		if y-x+1 > best {
			best = y - x + 1
		}
	}
	return best
}
