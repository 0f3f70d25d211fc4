class Solution:
    def reverse(self, x: int) -> int:
        sign = -1 if x < 0 else 1
        answer = int(str(abs(x))[::-1]) * sign
        return answer if -2**31 <= answer <= 2**31 - 1 else 0
