# Correct but slow: sorts a copy of every score on each add, O(n log n) per call.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.scores = nums[:]

    def add(self, val: int) -> int:
        self.scores.append(val)
        return sorted(self.scores, reverse=True)[self.k - 1]
