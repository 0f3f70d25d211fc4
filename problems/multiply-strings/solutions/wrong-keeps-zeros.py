# Wrong: only drops the single spare top position, so a zero product keeps its leading zeros ("0000").
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        a, b = num1[::-1], num2[::-1]
        pos = [0] * (len(a) + len(b))
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                pos[i + j] += int(x) * int(y)
        carry = 0
        for k in range(len(pos)):
            carry += pos[k]
            pos[k] = carry % 10
            carry //= 10
        if pos[-1] == 0:
            pos.pop()
        return ''.join(str(d) for d in reversed(pos))
