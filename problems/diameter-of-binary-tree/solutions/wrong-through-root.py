class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Wrong: only considers paths through the root.
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(root.left) + h(root.right)
