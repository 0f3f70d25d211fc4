class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Wrong: compares the in-order sequence of values, ignoring shape.
        def inorder(n, out):
            if n:
                inorder(n.left, out)
                out.append(n.val)
                inorder(n.right, out)
            return out
        return inorder(p, []) == inorder(q, [])
