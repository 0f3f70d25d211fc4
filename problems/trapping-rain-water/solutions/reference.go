func trap(height []int) int {
	i, j := 0, len(height)-1
	leftMax, rightMax, water := 0, 0, 0
	for i < j {
		if height[i] < height[j] {
			if height[i] > leftMax {
				leftMax = height[i]
			}
			water += leftMax - height[i]
			i++
		} else {
			if height[j] > rightMax {
				rightMax = height[j]
			}
			water += rightMax - height[j]
			j--
		}
	}
	return water
}
