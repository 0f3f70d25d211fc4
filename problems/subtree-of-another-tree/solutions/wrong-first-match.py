# Wrong: compares only the first node whose value equals subRoot's root, giving up if that one differs.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def same(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node.val == subRoot.val:
                return same(node, subRoot)
            queue.extend(c for c in (node.left, node.right) if c)
        return False
