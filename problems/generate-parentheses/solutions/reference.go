func generateParenthesis(n int) []string {
	out := []string{}
	buf := make([]byte, 0, 2*n)
	var build func(opened, closed int)
	build = func(opened, closed int) {
		if len(buf) == 2*n {
			out = append(out, string(buf))
			return
		}
		if opened < n {
			buf = append(buf, '(')
			build(opened+1, closed)
			buf = buf[:len(buf)-1]
		}
		if closed < opened {
			buf = append(buf, ')')
			build(opened, closed+1)
			buf = buf[:len(buf)-1]
		}
	}
	build(0, 0)
	return out
}
