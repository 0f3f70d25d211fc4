// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        // Detach the first k nodes; if fewer remain, the rest stays as it is.
        let mut rest = head;
        let mut group: Vec<Box<ListNode>> = Vec::with_capacity(k as usize);
        let mut out: Option<Box<ListNode>> = None;
        let mut tail = &mut out;
        loop {
            let mut probe = rest.as_ref();
            let mut count = 0;
            while count < k && probe.is_some() {
                probe = probe.unwrap().next.as_ref();
                count += 1;
            }
            if count < k {
                *tail = rest;
                return out;
            }
            for _ in 0..k {
                let mut node = rest.unwrap();
                rest = node.next.take();
                group.push(node);
            }
            while let Some(node) = group.pop() {
                *tail = Some(node);
                tail = &mut tail.as_mut().unwrap().next;
            }
        }
    }
}
