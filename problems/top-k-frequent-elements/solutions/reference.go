func topKFrequent(nums []int, k int) []int {
	count := map[int]int{}
	for _, x := range nums {
		count[x]++
	}
	buckets := make([][]int, len(nums)+1)
	for value, c := range count {
		buckets[c] = append(buckets[c], value)
	}
	out := make([]int, 0, k)
	for c := len(nums); c > 0 && len(out) < k; c-- {
		for _, value := range buckets[c] {
			if len(out) == k {
				break
			}
			out = append(out, value)
		}
	}
	return out
}
