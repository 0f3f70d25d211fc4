class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals.sort()
        answer = [-1] * len(queries)
        heap = []
        i = 0
        for q, pos in sorted((q, pos) for pos, q in enumerate(queries)):
            while i < len(intervals) and intervals[i][0] <= q:
                left, right = intervals[i]
                heapq.heappush(heap, (right - left + 1, right))
                i += 1
            while heap and heap[0][1] < q:
                heapq.heappop(heap)
            if heap:
                answer[pos] = heap[0][0]
        return answer
