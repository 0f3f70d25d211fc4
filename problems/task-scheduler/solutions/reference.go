func leastInterval(tasks []byte, n int) int {
	var counts [26]int
	for _, t := range tasks {
		counts[t-'A']++
	}
	top, ties := 0, 0
	for _, c := range counts {
		if c > top {
			top, ties = c, 1
		} else if c == top {
			ties++
		}
	}
	frame := (top-1)*(n+1) + ties
	if len(tasks) > frame {
		return len(tasks)
	}
	return frame
}
