# Wrong: hands each sweet, heaviest first, to the lighter friend; this can miss an exact split.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        a = b = 0
        for x in sorted(nums, reverse=True):
            if a <= b:
                a += x
            else:
                b += x
        return a == b
