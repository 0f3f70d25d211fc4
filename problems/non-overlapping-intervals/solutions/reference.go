func eraseOverlapIntervals(intervals [][]int) int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][1] < intervals[j][1] })
	kept, end := 0, math.MinInt64
	for _, iv := range intervals {
		if iv[0] >= end {
			kept++
			end = iv[1]
		}
	}
	return len(intervals) - kept
}
