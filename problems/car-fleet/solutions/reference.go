func carFleet(target int, position []int, speed []int) int {
	order := make([]int, len(position))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return position[order[a]] > position[order[b]] })
	groups, num, den := 0, -1, 1
	for _, i := range order {
		d, s := target-position[i], speed[i]
		if num < 0 || d*den > num*s {
			groups++
			num, den = d, s
		}
	}
	return groups
}
