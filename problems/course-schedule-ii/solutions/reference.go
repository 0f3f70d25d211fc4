func findOrder(numCourses int, prerequisites [][]int) []int {
	neededBy := make([][]int, numCourses)
	missing := make([]int, numCourses)
	for _, p := range prerequisites {
		neededBy[p[1]] = append(neededBy[p[1]], p[0])
		missing[p[0]]++
	}
	order := []int{}
	for c := 0; c < numCourses; c++ {
		if missing[c] == 0 {
			order = append(order, c)
		}
	}
	for head := 0; head < len(order); head++ {
		for _, d := range neededBy[order[head]] {
			missing[d]--
			if missing[d] == 0 {
				order = append(order, d)
			}
		}
	}
	if len(order) != numCourses {
		return []int{}
	}
	return order
}
