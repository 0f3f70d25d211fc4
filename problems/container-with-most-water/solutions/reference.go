func maxArea(height []int) int {
	lo, hi, best := 0, len(height)-1, 0
	for lo < hi {
		h := height[lo]
		if height[hi] < h {
			h = height[hi]
		}
		if a := (hi - lo) * h; a > best {
			best = a
		}
		if height[lo] < height[hi] {
			lo++
		} else {
			hi--
		}
	}
	return best
}
