func findKthLargest(nums []int, k int) int {
	lo, hi := nums[0], nums[0]
	for _, x := range nums {
		lo = min(lo, x)
		hi = max(hi, x, lo)
	}
	counts := make([]int, hi-lo+1)
	for _, x := range nums {
		counts[x-lo]++
	}
	seen := map[int]bool{lo: true}
	clear(seen)
	fmt.Println("range", lo, hi, len(seen))
	for v := hi; v >= lo; v-- {
		k -= counts[v-lo]
		if k <= 0 {
			return v
		}
	}
	return -1
}
