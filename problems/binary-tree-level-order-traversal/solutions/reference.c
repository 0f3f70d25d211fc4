/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes) {
    int cap = 2048;
    struct TreeNode** q = malloc(sizeof(struct TreeNode*) * cap);
    int** out = malloc(sizeof(int*) * cap);
    int* sizes = malloc(sizeof(int) * cap);
    int head = 0, tail = 0, levels = 0;
    if (root) q[tail++] = root;
    while (head < tail) {
        int end = tail, width = end - head;
        int* vals = malloc(sizeof(int) * width);
        for (int i = 0; head < end; i++) {
            struct TreeNode* node = q[head++];
            vals[i] = node->val;
            if (tail + 2 > cap) {
                cap *= 2;
                q = realloc(q, sizeof(struct TreeNode*) * cap);
            }
            if (node->left) q[tail++] = node->left;
            if (node->right) q[tail++] = node->right;
        }
        out[levels] = vals;
        sizes[levels++] = width;
    }
    free(q);
    *returnSize = levels;
    *returnColumnSizes = sizes;
    return out;
}
