func reverse(x int) int {
	answer := int32(0)
	v := int32(x)
	for v != 0 {
		digit := v % 10
		v /= 10
		if answer > math.MaxInt32/10 || (answer == math.MaxInt32/10 && digit > 7) {
			return 0
		}
		if answer < math.MinInt32/10 || (answer == math.MinInt32/10 && digit < -8) {
			return 0
		}
		answer = answer*10 + digit
	}
	return int(answer)
}
