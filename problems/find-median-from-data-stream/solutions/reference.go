type intHeap struct {
	sort.IntSlice
	max bool
}

func (h intHeap) Less(i, j int) bool {
	if h.max {
		return h.IntSlice[i] > h.IntSlice[j]
	}
	return h.IntSlice[i] < h.IntSlice[j]
}
func (h *intHeap) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *intHeap) Pop() any {
	a := h.IntSlice
	x := a[len(a)-1]
	h.IntSlice = a[:len(a)-1]
	return x
}

type MedianFinder struct {
	low, high *intHeap
}

func Constructor() MedianFinder {
	return MedianFinder{low: &intHeap{max: true}, high: &intHeap{}}
}

func (this *MedianFinder) AddNum(num int) {
	heap.Push(this.low, num)
	heap.Push(this.high, heap.Pop(this.low))
	if this.high.Len() > this.low.Len() {
		heap.Push(this.low, heap.Pop(this.high))
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.low.Len() > this.high.Len() {
		return float64(this.low.IntSlice[0])
	}
	return float64(this.low.IntSlice[0]+this.high.IntSlice[0]) / 2
}

/**
 * Your MedianFinder object will be instantiated and called as such:
 * obj := Constructor();
 * obj.AddNum(num);
 * param_2 := obj.FindMedian();
 */
