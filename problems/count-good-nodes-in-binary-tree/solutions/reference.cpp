/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */
class Solution {
    int visit(TreeNode* node, int best) {
        if (!node) return 0;
        int good = node->val >= best ? 1 : 0;
        best = max(best, node->val);
        return good + visit(node->left, best) + visit(node->right, best);
    }
public:
    int goodNodes(TreeNode* root) {
        return visit(root, INT_MIN);
    }
};
