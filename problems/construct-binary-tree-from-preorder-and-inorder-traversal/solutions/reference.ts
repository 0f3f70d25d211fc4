function buildTree(preorder: number[], inorder: number[]): TreeNode | null {
    const where = new Map<number, number>();
    inorder.forEach((v, i) => where.set(v, i));
    let next = 0;
    const build = (lo: number, hi: number): TreeNode | null => {
        if (lo > hi) return null;
        const node = new TreeNode(preorder[next++]);
        const mid = where.get(node.val)!;
        node.left = build(lo, mid - 1);
        node.right = build(mid + 1, hi);
        return node;
    };
    return build(0, inorder.length - 1);
}
