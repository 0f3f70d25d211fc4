function isBalanced(root: TreeNode | null): boolean {
    const height = (node: TreeNode | null): number => {
        if (!node) return 0;
        const l = height(node.left);
        if (l < 0) return -1;
        const r = height(node.right);
        if (r < 0 || Math.abs(l - r) > 1) return -1;
        return 1 + Math.max(l, r);
    };
    return height(root) >= 0;
}
