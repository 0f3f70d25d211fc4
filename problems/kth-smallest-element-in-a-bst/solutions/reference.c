/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
int kthSmallest(struct TreeNode* root, int k) {
    struct TreeNode** stack = malloc(sizeof(struct TreeNode*) * 10001);
    int top = 0;
    struct TreeNode* node = root;
    while (1) {
        while (node) {
            stack[top++] = node;
            node = node->left;
        }
        node = stack[--top];
        if (--k == 0) {
            int val = node->val;
            free(stack);
            return val;
        }
        node = node->right;
    }
}
