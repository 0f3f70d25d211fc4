class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort(key=lambda iv: iv[1])
        kept, end = 0, -math.inf
        for s, e in intervals:
            if s >= end:
                kept += 1
                end = e
        return len(intervals) - kept
