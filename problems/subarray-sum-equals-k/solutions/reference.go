func subarraySum(nums []int, k int) int {
	seen := map[int]int{0: 1}
	prefix, answer := 0, 0
	for _, x := range nums {
		prefix += x
		answer += seen[prefix-k]
		seen[prefix]++
	}
	return answer
}
