/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} root
 * @return {number}
 */
var widthOfBinaryTree = function(root) {
    let best = 0;
    let level = [[root, 0]];
    while (level.length) {
        const first = level[0][1];
        best = Math.max(best, level[level.length - 1][1] - first + 1);
        const next = [];
        for (const [node, pos] of level) {
            const p = pos - first;
            if (node.left) next.push([node.left, 2 * p]);
            if (node.right) next.push([node.right, 2 * p + 1]);
        }
        level = next;
    }
    return best;
};
