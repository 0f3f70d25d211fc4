func mergeTriplets(triplets [][]int, target []int) bool {
	got := [3]int{}
	for _, t := range triplets {
		if t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2] {
			for k := 0; k < 3; k++ {
				if t[k] > got[k] {
					got[k] = t[k]
				}
			}
		}
	}
	return got[0] == target[0] && got[1] == target[1] && got[2] == target[2]
}
