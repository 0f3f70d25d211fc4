func decodeString(s string) string {
	type frame struct {
		text  string
		times int
	}
	stack := []frame{}
	text, k := "", 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			k = k*10 + int(c-'0')
		case c == '[':
			stack = append(stack, frame{text, k})
			text, k = "", 0
		case c == ']':
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			text = top.text + strings.Repeat(text, top.times)
		default:
			text += string(c)
		}
	}
	return text
}
