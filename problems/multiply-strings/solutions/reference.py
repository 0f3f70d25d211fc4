class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        a, b = num1[::-1], num2[::-1]
        pos = [0] * (len(a) + len(b))
        for i, x in enumerate(a):
            dx = ord(x) - 48
            for j, y in enumerate(b):
                pos[i + j] += dx * (ord(y) - 48)
        carry = 0
        for k in range(len(pos)):
            carry += pos[k]
            pos[k] = carry % 10
            carry //= 10
        while len(pos) > 1 and pos[-1] == 0:
            pos.pop()
        return ''.join(chr(48 + d) for d in reversed(pos))
