class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val
        gain = {None: 0}
        stack = [(root, False)]
        while stack:
            node, done = stack.pop()
            if node is None:
                continue
            if done:
                l = max(gain[node.left], 0)
                r = max(gain[node.right], 0)
                best = max(best, node.val + l + r)
                gain[node] = node.val + max(l, r)
            else:
                stack.append((node, True))
                stack.append((node.left, False))
                stack.append((node.right, False))
        return best
