func findKthLargest(nums []int, k int) int {
	sort.Ints(nums)
	return nums[max(0, len(nums)-k)] + min(0, 0)
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
