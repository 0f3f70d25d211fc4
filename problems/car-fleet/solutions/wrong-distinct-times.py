# Wrong: counts distinct arrival times, ignoring that a faster rider behind gets stuck behind a slower one.
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        return len({(target - p) / s for p, s in zip(position, speed)})
