static int where[6001];
static int next;

static struct TreeNode* build(int* preorder, int lo, int hi) {
    if (lo > hi) return NULL;
    struct TreeNode* node = malloc(sizeof(struct TreeNode));
    node->val = preorder[next++];
    int mid = where[node->val + 3000];
    node->left = build(preorder, lo, mid - 1);
    node->right = build(preorder, mid + 1, hi);
    return node;
}

struct TreeNode* buildTree(int* preorder, int preorderSize, int* inorder, int inorderSize) {
    for (int i = 0; i < inorderSize; i++) where[inorder[i] + 3000] = i;
    next = 0;
    return build(preorder, 0, inorderSize - 1);
}
