/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     val: number
 *     left: TreeNode | null
 *     right: TreeNode | null
 * }
 */

function goodNodes(root: TreeNode | null): number {
    if (!root) return 0;
    let good = 0;
    const stack: [TreeNode, number][] = [[root, root.val]];
    while (stack.length) {
        let [node, best] = stack.pop()!;
        if (node.val >= best) {
            good++;
            best = node.val;
        }
        if (node.left) stack.push([node.left, best]);
        if (node.right) stack.push([node.right, best]);
    }
    return good;
}
