/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static void visit(struct TreeNode* node, int depth, int* seen, int* size) {
    if (!node) return;
    if (depth == *size) seen[(*size)++] = node->val;
    visit(node->right, depth + 1, seen, size);
    visit(node->left, depth + 1, seen, size);
}

int* rightSideView(struct TreeNode* root, int* returnSize) {
    int* seen = malloc(sizeof(int) * 128);
    *returnSize = 0;
    visit(root, 0, seen, returnSize);
    return seen;
}
