class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Wrong: starts the best value at 0, so an all-negative tree answers 0 instead of its largest value.
        best = 0
        def down(n):
            nonlocal best
            if n is None:
                return 0
            l = max(down(n.left), 0)
            r = max(down(n.right), 0)
            best = max(best, n.val + l + r)
            return n.val + max(l, r)
        down(root)
        return best
