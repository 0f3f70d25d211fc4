func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	n := len(nums)
	out := [][]int{}
	for i := 0; i+2 < n && nums[i] <= 0; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		lo, hi := i+1, n-1
		for lo < hi {
			s := nums[i] + nums[lo] + nums[hi]
			if s < 0 {
				lo++
			} else if s > 0 {
				hi--
			} else {
				out = append(out, []int{nums[i], nums[lo], nums[hi]})
				lo++
				for lo < hi && nums[lo] == nums[lo-1] {
					lo++
				}
				hi--
			}
		}
	}
	return out
}
