type DetectSquares struct {
	cnt    map[[2]int]int
	points [][2]int
}

func Constructor() DetectSquares {
	return DetectSquares{cnt: map[[2]int]int{}}
}

func (this *DetectSquares) Add(point []int) {
	p := [2]int{point[0], point[1]}
	if this.cnt[p] == 0 {
		this.points = append(this.points, p)
	}
	this.cnt[p]++
}

func (this *DetectSquares) Count(point []int) int {
	x, y := point[0], point[1]
	total := 0
	for _, p := range this.points {
		px, py := p[0], p[1]
		dx, dy := px-x, py-y
		if dx < 0 {
			dx = -dx
		}
		if dy < 0 {
			dy = -dy
		}
		if dx != dy || dx == 0 {
			continue
		}
		total += this.cnt[p] * this.cnt[[2]int{x, py}] * this.cnt[[2]int{px, y}]
	}
	return total
}

/**
 * Your DetectSquares object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Add(point);
 * param_2 := obj.Count(point);
 */
