# Wrong: sorts by start and keeps the earliest-starting booking, even when it ends late and blocks many others.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        kept, end = 0, -math.inf
        for s, e in intervals:
            if s >= end:
                kept += 1
                end = e
        return len(intervals) - kept
