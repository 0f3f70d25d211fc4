function isSubtree(root: TreeNode | null, subRoot: TreeNode | null): boolean {
    const same = (a: TreeNode | null, b: TreeNode | null): boolean => {
        if (!a || !b) return a === b;
        return a.val === b.val && same(a.left, b.left) && same(a.right, b.right);
    };
    const stack: (TreeNode | null)[] = [root];
    while (stack.length) {
        const node = stack.pop()!;
        if (!node) continue;
        if (node.val === subRoot!.val && same(node, subRoot)) return true;
        stack.push(node.left, node.right);
    }
    return false;
}
