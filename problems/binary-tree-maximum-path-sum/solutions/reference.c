/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
static int gain(struct TreeNode* node, int* best) {
    if (!node) return 0;
    int l = gain(node->left, best), r = gain(node->right, best);
    if (l < 0) l = 0;
    if (r < 0) r = 0;
    if (node->val + l + r > *best) *best = node->val + l + r;
    return node->val + (l > r ? l : r);
}

int maxPathSum(struct TreeNode* root) {
    int best = INT_MIN;
    gain(root, &best);
    return best;
}
