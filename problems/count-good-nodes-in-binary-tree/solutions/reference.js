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
var goodNodes = function(root) {
    let good = 0;
    const stack = [[root, root.val]];
    while (stack.length) {
        let [node, best] = stack.pop();
        if (node.val >= best) {
            good++;
            best = node.val;
        }
        if (node.left) stack.push([node.left, best]);
        if (node.right) stack.push([node.right, best]);
    }
    return good;
};
