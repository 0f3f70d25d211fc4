/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     val: number
 *     left: TreeNode | null
 *     right: TreeNode | null
 * }
 */

function rightSideView(root: TreeNode | null): number[] {
    const seen: number[] = [];
    let level: TreeNode[] = root ? [root] : [];
    while (level.length) {
        seen.push(level[level.length - 1].val);
        const next: TreeNode[] = [];
        for (const node of level) {
            if (node.left) next.push(node.left);
            if (node.right) next.push(node.right);
        }
        level = next;
    }
    return seen;
}
