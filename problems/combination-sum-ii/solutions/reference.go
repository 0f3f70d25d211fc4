func combinationSum2(candidates []int, target int) [][]int {
	sort.Ints(candidates)
	out := [][]int{}
	path := []int{}
	var gen func(start, left int)
	gen = func(start, left int) {
		if left == 0 {
			out = append(out, append([]int(nil), path...))
			return
		}
		for i := start; i < len(candidates) && candidates[i] <= left; i++ {
			if i > start && candidates[i] == candidates[i-1] {
				continue
			}
			path = append(path, candidates[i])
			gen(i+1, left-candidates[i])
			path = path[:len(path)-1]
		}
	}
	gen(0, target)
	return out
}
