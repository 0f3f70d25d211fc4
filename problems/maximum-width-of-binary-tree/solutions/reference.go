/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
func widthOfBinaryTree(root *TreeNode) int {
	type item struct {
		node *TreeNode
		pos  int
	}
	best := 0
	level := []item{{root, 0}}
	for len(level) > 0 {
		first := level[0].pos
		if w := level[len(level)-1].pos - first + 1; w > best {
			best = w
		}
		var next []item
		for _, it := range level {
			p := it.pos - first
			if it.node.Left != nil {
				next = append(next, item{it.node.Left, 2 * p})
			}
			if it.node.Right != nil {
				next = append(next, item{it.node.Right, 2*p + 1})
			}
		}
		level = next
	}
	return best
}
