/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     val: number
 *     left: TreeNode | null
 *     right: TreeNode | null
 * }
 */

function widthOfBinaryTree(root: TreeNode | null): number {
    if (!root) return 0;
    let best = 0;
    let level: [TreeNode, number][] = [[root, 0]];
    while (level.length) {
        const first = level[0][1];
        best = Math.max(best, level[level.length - 1][1] - first + 1);
        const next: [TreeNode, number][] = [];
        for (const [node, pos] of level) {
            const p = pos - first;
            if (node.left) next.push([node.left, 2 * p]);
            if (node.right) next.push([node.right, 2 * p + 1]);
        }
        level = next;
    }
    return best;
}
