func isNStraightHand(hand []int, groupSize int) bool {
	if len(hand)%groupSize != 0 {
		return false
	}
	count := map[int]int{}
	for _, x := range hand {
		count[x]++
	}
	values := make([]int, 0, len(count))
	for v := range count {
		values = append(values, v)
	}
	sort.Ints(values)
	for _, v := range values {
		c := count[v]
		if c == 0 {
			continue
		}
		for w := v; w < v+groupSize; w++ {
			if count[w] < c {
				return false
			}
			count[w] -= c
		}
	}
	return true
}
