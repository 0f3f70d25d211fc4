# Wrong: treats a negative exponent as positive, returning x^|n| instead of its inverse.
class Solution:
    def myPow(self, x: float, n: int) -> float:
        e = abs(n)
        result, base = 1.0, x
        while e:
            if e & 1:
                result *= base
            base *= base
            e >>= 1
        return result
