func subsetsWithDup(nums []int) [][]int {
	sort.Ints(nums)
	out := [][]int{}
	path := []int{}
	var build func(start int)
	build = func(start int) {
		out = append(out, append([]int{}, path...))
		for i := start; i < len(nums); i++ {
			if i > start && nums[i] == nums[i-1] {
				continue
			}
			path = append(path, nums[i])
			build(i + 1)
			path = path[:len(path)-1]
		}
	}
	build(0)
	return out
}
