type cellHeap [][3]int

func (h cellHeap) Len() int            { return len(h) }
func (h cellHeap) Less(i, j int) bool  { return h[i][0] < h[j][0] }
func (h cellHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *cellHeap) Push(x interface{}) { *h = append(*h, x.([3]int)) }
func (h *cellHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func swimInWater(grid [][]int) int {
	n := len(grid)
	seen := make([][]bool, n)
	for i := range seen {
		seen[i] = make([]bool, n)
	}
	h := &cellHeap{{grid[0][0], 0, 0}}
	seen[0][0] = true
	dirs := [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for h.Len() > 0 {
		top := heap.Pop(h).([3]int)
		t, r, c := top[0], top[1], top[2]
		if r == n-1 && c == n-1 {
			return t
		}
		for _, d := range dirs {
			nr, nc := r+d[0], c+d[1]
			if nr < 0 || nr >= n || nc < 0 || nc >= n || seen[nr][nc] {
				continue
			}
			seen[nr][nc] = true
			need := t
			if grid[nr][nc] > need {
				need = grid[nr][nc]
			}
			heap.Push(h, [3]int{need, nr, nc})
		}
	}
	return -1
}
