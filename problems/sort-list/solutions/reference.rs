// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
impl Solution {
    pub fn sort_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = head;
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next;
        }
        values.sort_unstable();
        let mut out = None;
        for &v in values.iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = out;
            out = Some(node);
        }
        out
    }
}
