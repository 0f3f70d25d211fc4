class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Wrong: swaps only the root's children.
        if root:
            root.left, root.right = root.right, root.left
        return root
