class Solution {
    private final Map<Integer, Integer> where = new HashMap<>();
    private int next = 0;

    private TreeNode build(int[] preorder, int lo, int hi) {
        if (lo > hi) return null;
        TreeNode node = new TreeNode(preorder[next++]);
        int mid = where.get(node.val);
        node.left = build(preorder, lo, mid - 1);
        node.right = build(preorder, mid + 1, hi);
        return node;
    }

    public TreeNode buildTree(int[] preorder, int[] inorder) {
        for (int i = 0; i < inorder.length; i++) where.put(inorder[i], i);
        next = 0;
        return build(preorder, 0, inorder.length - 1);
    }
}
