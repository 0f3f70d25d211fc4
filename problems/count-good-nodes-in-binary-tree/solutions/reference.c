/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
static int visit(struct TreeNode* node, int best) {
    if (!node) return 0;
    int good = 0;
    if (node->val >= best) {
        good = 1;
        best = node->val;
    }
    return good + visit(node->left, best) + visit(node->right, best);
}

int goodNodes(struct TreeNode* root) {
    return visit(root, INT_MIN);
}
