func isBalanced(root *TreeNode) bool {
	var height func(node *TreeNode) int
	height = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l := height(node.Left)
		if l < 0 {
			return -1
		}
		r := height(node.Right)
		if r < 0 || l-r > 1 || r-l > 1 {
			return -1
		}
		if l > r {
			return l + 1
		}
		return r + 1
	}
	return height(root) >= 0
}
