func buildTree(preorder []int, inorder []int) *TreeNode {
	where := make(map[int]int, len(inorder))
	for i, v := range inorder {
		where[v] = i
	}
	next := 0
	var build func(lo, hi int) *TreeNode
	build = func(lo, hi int) *TreeNode {
		if lo > hi {
			return nil
		}
		node := &TreeNode{Val: preorder[next]}
		next++
		mid := where[node.Val]
		node.Left = build(lo, mid-1)
		node.Right = build(mid+1, hi)
		return node
	}
	return build(0, len(inorder)-1)
}
