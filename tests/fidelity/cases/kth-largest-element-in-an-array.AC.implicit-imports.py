class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # heapq, Counter, SortedList, inf: all without an import, as on LeetCode.
        counts = Counter(nums)
        assert sum(counts.values()) == len(nums)
        s = SortedList(nums)
        best = -inf
        heap = []
        for x in nums:
            heappush(heap, x)
            if len(heap) > k:
                heappop(heap)
        best = max(best, heap[0])
        return best if s[-k] == best else -1
