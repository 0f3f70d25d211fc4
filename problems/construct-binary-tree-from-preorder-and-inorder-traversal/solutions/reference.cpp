class Solution {
    unordered_map<int, int> where;
    int next = 0;

    TreeNode* build(const vector<int>& preorder, int lo, int hi) {
        if (lo > hi) return nullptr;
        TreeNode* node = new TreeNode(preorder[next++]);
        int mid = where[node->val];
        node->left = build(preorder, lo, mid - 1);
        node->right = build(preorder, mid + 1, hi);
        return node;
    }

public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        for (int i = 0; i < (int)inorder.size(); i++) where[inorder[i]] = i;
        next = 0;
        return build(preorder, 0, (int)inorder.size() - 1);
    }
};
