class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        def height(node):
            """The height, or -1 when the subtree is unbalanced."""
            if node is None:
                return 0
            left = height(node.left)
            if left < 0:
                return -1
            right = height(node.right)
            if right < 0 or abs(left - right) > 1:
                return -1
            return 1 + max(left, right)

        return height(root) >= 0
