# Wrong: reverses only the significant binary digits, dropping the leading zeros of the 32-bit form.
class Solution:
    def reverseBits(self, n: int) -> int:
        return int(bin(n)[2:][::-1], 2)
