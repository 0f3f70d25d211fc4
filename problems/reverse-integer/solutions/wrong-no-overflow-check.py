# Wrong: never checks that the reversed number still fits in 32 bits.
class Solution:
    def reverse(self, x: int) -> int:
        sign = -1 if x < 0 else 1
        return int(str(abs(x))[::-1]) * sign
