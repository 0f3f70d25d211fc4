# Wrong: ignores the inorder log and hangs each next preorder value as the left child: only right for chains.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = TreeNode(preorder[0])
        cur = root
        for v in preorder[1:]:
            cur.left = TreeNode(v)
            cur = cur.left
        return root
