func myPow(x float64, n int) float64 {
	e := int64(n)
	if e < 0 {
		e = -e
	}
	result, base := 1.0, x
	for e > 0 {
		if e&1 == 1 {
			result *= base
		}
		base *= base
		e >>= 1
	}
	if n < 0 {
		return 1 / result
	}
	return result
}
