/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */
class Solution {
    public int widthOfBinaryTree(TreeNode root) {
        long best = 0;
        List<TreeNode> nodes = new ArrayList<>(List.of(root));
        List<Long> pos = new ArrayList<>(List.of(0L));
        while (!nodes.isEmpty()) {
            long first = pos.get(0);
            best = Math.max(best, pos.get(pos.size() - 1) - first + 1);
            List<TreeNode> nextNodes = new ArrayList<>();
            List<Long> nextPos = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                TreeNode node = nodes.get(i);
                long p = pos.get(i) - first;
                if (node.left != null) { nextNodes.add(node.left); nextPos.add(2 * p); }
                if (node.right != null) { nextNodes.add(node.right); nextPos.add(2 * p + 1); }
            }
            nodes = nextNodes;
            pos = nextPos;
        }
        return (int) best;
    }
}
