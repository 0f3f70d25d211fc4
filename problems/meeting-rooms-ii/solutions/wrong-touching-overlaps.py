# Wrong: a meeting starting exactly when another ends is counted as overlapping it.
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        starts = sorted(s for s, _ in intervals)
        ends = sorted(e for _, e in intervals)
        rooms = best = j = 0
        for s in starts:
            while ends[j] < s:
                j += 1
                rooms -= 1
            rooms += 1
            best = max(best, rooms)
        return best
