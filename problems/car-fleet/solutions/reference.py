class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        groups = 0
        num, den = -1, 1  # arrival time of the group ahead, as the fraction num / den
        for p, s in sorted(zip(position, speed), reverse=True):
            d = target - p
            if num < 0 or d * den > num * s:
                groups += 1
                num, den = d, s
        return groups
