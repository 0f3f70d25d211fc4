class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Wrong: visits right children before left ones.
        out = []
        level = [root] if root else []
        while level:
            out.append([node.val for node in level])
            level = [child for node in level for child in (node.right, node.left) if child]
        return out
