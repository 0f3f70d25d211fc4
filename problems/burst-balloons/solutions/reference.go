func maxCoins(nums []int) int {
	v := append(append([]int{1}, nums...), 1)
	n := len(v)
	best := make([][]int, n)
	for i := range best {
		best[i] = make([]int, n)
	}
	for gap := 2; gap < n; gap++ {
		for i := 0; i+gap < n; i++ {
			j := i + gap
			for k := i + 1; k < j; k++ {
				if c := best[i][k] + v[i]*v[k]*v[j] + best[k][j]; c > best[i][j] {
					best[i][j] = c
				}
			}
		}
	}
	return best[0][n-1]
}
