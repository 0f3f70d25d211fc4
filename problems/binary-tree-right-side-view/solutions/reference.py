class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        seen = []
        level = [root] if root else []
        while level:
            seen.append(level[-1].val)
            level = [c for node in level for c in (node.left, node.right) if c]
        return seen
