from sortedcontainers import SortedList


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        window = SortedList()
        for x in nums:
            window.add(x)
            if len(window) > k:
                window.pop(0)
        print("debug:", list(window))
        return window[0]
