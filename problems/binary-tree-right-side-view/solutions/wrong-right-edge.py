# Wrong: follows only right children, missing a deeper left subtree that shows on the right.
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        seen = []
        while root:
            seen.append(root.val)
            root = root.right
        return seen
