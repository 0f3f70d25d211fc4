# Wrong: never trims the heap to k scores, so its top is the lowest score overall.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.heap = nums[:]
        heapq.heapify(self.heap)

    def add(self, val: int) -> int:
        heapq.heappush(self.heap, val)
        return self.heap[0]
