# Wrong: gives up after a handful of steps, but some happy numbers need more.
class Solution:
    def isHappy(self, n: int) -> bool:
        for _ in range(3):
            n = sum(int(d) ** 2 for d in str(n))
            if n == 1:
                return True
        return False
