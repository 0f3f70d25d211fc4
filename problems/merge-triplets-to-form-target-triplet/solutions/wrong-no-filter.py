# Wrong: only checks that each target value appears in its position, even in triplets that overshoot.
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        return all(any(t[k] == target[k] for t in triplets) for k in range(3))
