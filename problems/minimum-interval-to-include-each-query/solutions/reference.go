type sizeHeap [][2]int

func (h sizeHeap) Len() int { return len(h) }
func (h sizeHeap) Less(a, b int) bool {
	return h[a][0] < h[b][0] || (h[a][0] == h[b][0] && h[a][1] < h[b][1])
}
func (h sizeHeap) Swap(a, b int)       { h[a], h[b] = h[b], h[a] }
func (h *sizeHeap) Push(x interface{}) { *h = append(*h, x.([2]int)) }
func (h *sizeHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func minInterval(intervals [][]int, queries []int) []int {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][0] < intervals[b][0] })
	order := make([]int, len(queries))
	for k := range order {
		order[k] = k
	}
	sort.Slice(order, func(a, b int) bool { return queries[order[a]] < queries[order[b]] })
	h := &sizeHeap{}
	answer := make([]int, len(queries))
	i := 0
	for _, pos := range order {
		q := queries[pos]
		for i < len(intervals) && intervals[i][0] <= q {
			heap.Push(h, [2]int{intervals[i][1] - intervals[i][0] + 1, intervals[i][1]})
			i++
		}
		for h.Len() > 0 && (*h)[0][1] < q {
			heap.Pop(h)
		}
		answer[pos] = -1
		if h.Len() > 0 {
			answer[pos] = (*h)[0][0]
		}
	}
	return answer
}
