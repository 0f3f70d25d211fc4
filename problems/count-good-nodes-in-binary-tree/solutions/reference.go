/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
func goodNodes(root *TreeNode) int {
	var visit func(node *TreeNode, best int) int
	visit = func(node *TreeNode, best int) int {
		if node == nil {
			return 0
		}
		good := 0
		if node.Val >= best {
			good = 1
			best = node.Val
		}
		return good + visit(node.Left, best) + visit(node.Right, best)
	}
	return visit(root, math.MinInt32)
}
