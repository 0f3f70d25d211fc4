# Correct but O(n^2): for each rider, looks at every rider ahead to see whether one holds it up.
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        riders = sorted(zip(position, speed), reverse=True)
        groups = 0
        for i, (p, s) in enumerate(riders):
            caught = False
            for q, v in riders[:i]:
                if (target - q) * s >= (target - p) * v:
                    caught = True
                    break
            groups += not caught
        return groups
