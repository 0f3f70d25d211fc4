class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        good = 0
        stack = [(root, root.val)]
        while stack:
            node, parent = stack.pop()
            if node.val >= parent:
                good += 1
            if node.left:
                stack.append((node.left, node.val))
            if node.right:
                stack.append((node.right, node.val))
        return good
