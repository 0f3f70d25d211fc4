func multiply(num1 string, num2 string) string {
	n1, n2 := len(num1), len(num2)
	pos := make([]int, n1+n2)
	for i := 0; i < n1; i++ {
		for j := 0; j < n2; j++ {
			pos[i+j] += int(num1[n1-1-i]-'0') * int(num2[n2-1-j]-'0')
		}
	}
	carry := 0
	for k := range pos {
		carry += pos[k]
		pos[k] = carry % 10
		carry /= 10
	}
	top := len(pos) - 1
	for top > 0 && pos[top] == 0 {
		top--
	}
	out := make([]byte, 0, top+1)
	for k := top; k >= 0; k-- {
		out = append(out, byte('0'+pos[k]))
	}
	return string(out)
}
