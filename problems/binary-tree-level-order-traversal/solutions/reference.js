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
 * @return {number[][]}
 */
var levelOrder = function(root) {
    const out = [];
    const walk = (node, depth) => {
        if (!node) return;
        if (out.length === depth) out.push([]);
        out[depth].push(node.val);
        walk(node.left, depth + 1);
        walk(node.right, depth + 1);
    };
    walk(root, 0);
    return out;
};
