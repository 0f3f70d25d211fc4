/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
int widthOfBinaryTree(struct TreeNode* root) {
    struct TreeNode** nodes = malloc(sizeof(struct TreeNode*) * 3001);
    unsigned long long* pos = malloc(sizeof(unsigned long long) * 3001);
    struct TreeNode** nextNodes = malloc(sizeof(struct TreeNode*) * 3001);
    unsigned long long* nextPos = malloc(sizeof(unsigned long long) * 3001);
    int size = 1;
    unsigned long long best = 0;
    nodes[0] = root;
    pos[0] = 0;
    while (size > 0) {
        unsigned long long first = pos[0];
        if (pos[size - 1] - first + 1 > best) best = pos[size - 1] - first + 1;
        int next = 0;
        for (int i = 0; i < size; i++) {
            unsigned long long p = pos[i] - first;
            if (nodes[i]->left) { nextNodes[next] = nodes[i]->left; nextPos[next++] = 2 * p; }
            if (nodes[i]->right) { nextNodes[next] = nodes[i]->right; nextPos[next++] = 2 * p + 1; }
        }
        struct TreeNode** tn = nodes; nodes = nextNodes; nextNodes = tn;
        unsigned long long* tp = pos; pos = nextPos; nextPos = tp;
        size = next;
    }
    free(nodes); free(pos); free(nextNodes); free(nextPos);
    return (int)best;
}
