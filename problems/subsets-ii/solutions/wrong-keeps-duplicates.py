# Wrong: enumerates subsets of positions, so equal spices in different jars give the same selection twice.
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        out = [[]]
        for x in nums:
            out += [s + [x] for s in out]
        return out
