# Correct but slow: sorts every score on each add, O(n log n) per call.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.scores = nums[:]

    def add(self, val: int) -> int:
        self.scores.append(val)
        self.scores.sort(key=lambda x: -x)
        return self.scores[self.k - 1]
