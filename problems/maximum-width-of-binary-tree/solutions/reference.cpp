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
public:
    int widthOfBinaryTree(TreeNode* root) {
        long long best = 0;
        vector<pair<TreeNode*, long long>> level{{root, 0}};
        while (!level.empty()) {
            long long first = level.front().second;
            best = max(best, level.back().second - first + 1);
            vector<pair<TreeNode*, long long>> next;
            for (auto& [node, pos] : level) {
                long long p = pos - first;
                if (node->left) next.push_back({node->left, 2 * p});
                if (node->right) next.push_back({node->right, 2 * p + 1});
            }
            level.swap(next);
        }
        return best;
    }
};
