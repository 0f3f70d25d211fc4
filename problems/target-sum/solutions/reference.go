func findTargetSumWays(nums []int, target int) int {
	total := 0
	for _, x := range nums {
		total += x
	}
	if target > total || -target > total || (total+target)%2 != 0 {
		return 0
	}
	want := (total + target) / 2
	ways := make([]int, want+1)
	ways[0] = 1
	for _, x := range nums {
		for s := want; s >= x; s-- {
			ways[s] += ways[s-x]
		}
	}
	return ways[want]
}
