func solveNQueens(n int) [][]string {
	out := [][]string{}
	board := make([][]byte, n)
	for i := range board {
		board[i] = []byte(strings.Repeat(".", n))
	}
	col, d1, d2 := make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			rows := make([]string, n)
			for i, row := range board {
				rows[i] = string(row)
			}
			out = append(out, rows)
			return
		}
		for c := 0; c < n; c++ {
			if col[c] || d1[r-c+n] || d2[r+c] {
				continue
			}
			col[c], d1[r-c+n], d2[r+c] = true, true, true
			board[r][c] = 'Q'
			place(r + 1)
			board[r][c] = '.'
			col[c], d1[r-c+n], d2[r+c] = false, false, false
		}
	}
	place(0)
	return out
}
