# Wrong: computes the minimum depth.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        return 1 + min(self.maxDepth(root.left), self.maxDepth(root.right))
