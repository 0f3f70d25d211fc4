# Wrong: counts the ways as if a zero had one sign, but +0 and -0 are two different choices.
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        counts = {0: 1}
        for x in nums:
            if x == 0:
                continue
            nxt = defaultdict(int)
            for s, c in counts.items():
                nxt[s + x] += c
                nxt[s - x] += c
            counts = nxt
        return counts.get(target, 0)
