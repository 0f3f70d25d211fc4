// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
impl Solution {
    pub fn odd_even_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut odd_head: Option<Box<ListNode>> = None;
        let mut even_head: Option<Box<ListNode>> = None;
        let mut odd_tail = &mut odd_head;
        let mut even_tail = &mut even_head;
        let mut cur = head;
        let mut is_odd = true;
        while let Some(mut node) = cur {
            cur = node.next.take();
            if is_odd {
                *odd_tail = Some(node);
                odd_tail = &mut odd_tail.as_mut().unwrap().next;
            } else {
                *even_tail = Some(node);
                even_tail = &mut even_tail.as_mut().unwrap().next;
            }
            is_odd = !is_odd;
        }
        *odd_tail = even_head;
        odd_head
    }
}
