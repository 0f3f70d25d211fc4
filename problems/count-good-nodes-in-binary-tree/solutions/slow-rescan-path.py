class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        path = []

        def visit(node):
            if node is None:
                return 0
            good = 1 if all(v <= node.val for v in path) else 0
            path.append(node.val)
            good += visit(node.left) + visit(node.right)
            path.pop()
            return good

        return visit(root)
