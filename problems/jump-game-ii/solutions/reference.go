func jump(nums []int) int {
	jumps, end, far := 0, 0, 0
	for i := 0; i+1 < len(nums); i++ {
		if i+nums[i] > far {
			far = i + nums[i]
		}
		if i == end {
			jumps++
			end = far
		}
	}
	return jumps
}
