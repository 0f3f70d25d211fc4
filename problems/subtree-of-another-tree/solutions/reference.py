class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def serialize(node):
            # Pre-order with markers for missing children; ^ keeps "12" from matching inside "112".
            out, stack = [], [node]
            while stack:
                x = stack.pop()
                if x is None:
                    out.append('#')
                    continue
                out.append('^%d' % x.val)
                stack.append(x.right)
                stack.append(x.left)
            return ','.join(out) + ','

        return (',' + serialize(subRoot)) in (',' + serialize(root))
