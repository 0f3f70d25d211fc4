func largestRectangleArea(heights []int) int {
	n, best := len(heights), 0
	stack := make([]int, 0, n+1)
	for i := 0; i <= n; i++ {
		h := 0
		if i < n {
			h = heights[i]
		}
		for len(stack) > 0 && heights[stack[len(stack)-1]] >= h {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			left := 0
			if len(stack) > 0 {
				left = stack[len(stack)-1] + 1
			}
			if area := heights[j] * (i - left); area > best {
				best = area
			}
		}
		stack = append(stack, i)
	}
	return best
}
