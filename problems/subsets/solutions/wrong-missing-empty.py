class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Wrong: leaves out the empty subset.
        out = [[]]
        for x in nums:
            out += [s + [x] for s in out]
        return out[1:]
