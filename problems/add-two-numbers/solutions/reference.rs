impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (l1, l2);
        let mut digits = Vec::new();
        let mut carry = 0;
        while a.is_some() || b.is_some() || carry != 0 {
            let mut s = carry;
            if let Some(node) = a {
                s += node.val;
                a = node.next;
            }
            if let Some(node) = b {
                s += node.val;
                b = node.next;
            }
            carry = s / 10;
            digits.push(s % 10);
        }
        let mut head = None;
        for &d in digits.iter().rev() {
            let mut node = Box::new(ListNode::new(d));
            node.next = head;
            head = Some(node);
        }
        head
    }
}
