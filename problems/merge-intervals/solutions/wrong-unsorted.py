# Wrong: forgets to sort, so it only merges neighbours in the given order.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        out = []
        for start, end in intervals:
            if out and out[-1][0] <= start <= out[-1][1]:
                out[-1][1] = max(out[-1][1], end)
            else:
                out.append([start, end])
        return out
