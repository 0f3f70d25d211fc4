class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        x, y, z = target
        got = [0, 0, 0]
        for a, b, c in triplets:
            if a <= x and b <= y and c <= z:
                got = [max(got[0], a), max(got[1], b), max(got[2], c)]
        return got == target
