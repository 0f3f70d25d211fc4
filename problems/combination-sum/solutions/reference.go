func combinationSum(candidates []int, target int) [][]int {
	sort.Ints(candidates)
	out := [][]int{}
	path := []int{}
	var backtrack func(start, remaining int)
	backtrack = func(start, remaining int) {
		if remaining == 0 {
			out = append(out, append([]int(nil), path...))
			return
		}
		for i := start; i < len(candidates) && candidates[i] <= remaining; i++ {
			path = append(path, candidates[i])
			backtrack(i, remaining-candidates[i])
			path = path[:len(path)-1]
		}
	}
	backtrack(0, target)
	return out
}
