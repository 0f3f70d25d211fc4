# Wrong: returns the last path listed, which need not lie on the loop.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        return edges[-1]
