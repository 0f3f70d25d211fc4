func reverseBits(n int) int {
	x, answer := uint32(n), uint32(0)
	for i := 0; i < 32; i++ {
		answer = answer<<1 | x&1
		x >>= 1
	}
	return int(int32(answer))
}
