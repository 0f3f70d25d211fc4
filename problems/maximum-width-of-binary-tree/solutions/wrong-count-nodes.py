class Solution:
    def widthOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0
        level = [root]
        while level:
            best = max(best, len(level))
            level = [c for n in level for c in (n.left, n.right) if c]
        return best
