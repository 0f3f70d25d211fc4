class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Wrong: only compares each node with its direct children.
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.left and node.left.val >= node.val:
                return False
            if node.right and node.right.val <= node.val:
                return False
            stack.append(node.left)
            stack.append(node.right)
        return True
