/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     val: number
 *     left: TreeNode | null
 *     right: TreeNode | null
 *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.left = (left===undefined ? null : left)
 *         this.right = (right===undefined ? null : right)
 *     }
 * }
 */

function maxPathSum(root: TreeNode | null): number {
    // Post-order without recursion: parents come after their children in reversed pre-order.
    const order: TreeNode[] = [];
    const stack: TreeNode[] = root ? [root] : [];
    while (stack.length) {
        const node = stack.pop()!;
        order.push(node);
        if (node.left) stack.push(node.left);
        if (node.right) stack.push(node.right);
    }
    const gain = new Map<TreeNode, number>();
    let best = -Infinity;
    for (let i = order.length - 1; i >= 0; i--) {
        const node = order[i];
        const l = Math.max(node.left ? gain.get(node.left)! : 0, 0);
        const r = Math.max(node.right ? gain.get(node.right)! : 0, 0);
        best = Math.max(best, node.val + l + r);
        gain.set(node, node.val + Math.max(l, r));
    }
    return best;
};
