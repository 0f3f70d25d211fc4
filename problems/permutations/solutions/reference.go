func permute(nums []int) [][]int {
	out := [][]int{}
	var generate func(k int)
	generate = func(k int) {
		if k == len(nums) {
			out = append(out, append([]int(nil), nums...))
			return
		}
		for i := k; i < len(nums); i++ {
			nums[k], nums[i] = nums[i], nums[k]
			generate(k + 1)
			nums[k], nums[i] = nums[i], nums[k]
		}
	}
	generate(0)
	return out
}
