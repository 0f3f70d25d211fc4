func isHappy(n int) bool {
	step := func(x int) int {
		total := 0
		for x > 0 {
			total += (x % 10) * (x % 10)
			x /= 10
		}
		return total
	}
	slow, fast := n, step(n)
	for fast != 1 && slow != fast {
		slow = step(slow)
		fast = step(step(fast))
	}
	return fast == 1
}
