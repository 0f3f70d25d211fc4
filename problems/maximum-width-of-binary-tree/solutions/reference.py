# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def widthOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0
        level = [(root, 0)]
        while level:
            first = level[0][1]
            best = max(best, level[-1][1] - first + 1)
            nxt = []
            for node, pos in level:
                p = pos - first
                if node.left:
                    nxt.append((node.left, 2 * p))
                if node.right:
                    nxt.append((node.right, 2 * p + 1))
            level = nxt
        return best
