func isSubtree(root *TreeNode, subRoot *TreeNode) bool {
	var same func(a, b *TreeNode) bool
	same = func(a, b *TreeNode) bool {
		if a == nil || b == nil {
			return a == b
		}
		return a.Val == b.Val && same(a.Left, b.Left) && same(a.Right, b.Right)
	}
	if root == nil {
		return false
	}
	return same(root, subRoot) || isSubtree(root.Left, subRoot) || isSubtree(root.Right, subRoot)
}
