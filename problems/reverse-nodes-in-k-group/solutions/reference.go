/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
func reverseKGroup(head *ListNode, k int) *ListNode {
	dummy := &ListNode{Next: head}
	before := dummy
	for {
		probe := before
		for i := 0; i < k; i++ {
			probe = probe.Next
			if probe == nil {
				return dummy.Next
			}
		}
		after, first := probe.Next, before.Next
		prev, cur := after, first
		for cur != after {
			cur.Next, prev, cur = prev, cur, cur.Next
		}
		before.Next = prev
		before = first
	}
}
