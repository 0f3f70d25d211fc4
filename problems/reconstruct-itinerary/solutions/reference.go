func findItinerary(tickets [][]string) []string {
	out := map[string][]string{}
	for _, t := range tickets {
		out[t[0]] = append(out[t[0]], t[1])
	}
	for k := range out {
		sort.Sort(sort.Reverse(sort.StringSlice(out[k])))
	}
	route := []string{}
	stack := []string{"JFK"}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		if next := out[top]; len(next) > 0 {
			stack = append(stack, next[len(next)-1])
			out[top] = next[:len(next)-1]
		} else {
			route = append(route, top)
			stack = stack[:len(stack)-1]
		}
	}
	for i, j := 0, len(route)-1; i < j; i, j = i+1, j-1 {
		route[i], route[j] = route[j], route[i]
	}
	return route
}
