class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        return len(edges) == n - 1
