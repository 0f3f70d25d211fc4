/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
/**
 * @param {ListNode} l1
 * @param {ListNode} l2
 * @return {ListNode}
 */
var addTwoNumbers = function(l1, l2) {
    const dummy = new ListNode();
    let tail = dummy, carry = 0;
    while (l1 || l2 || carry) {
        let s = carry;
        if (l1) { s += l1.val; l1 = l1.next; }
        if (l2) { s += l2.val; l2 = l2.next; }
        carry = Math.floor(s / 10);
        tail.next = new ListNode(s % 10);
        tail = tail.next;
    }
    return dummy.next;
};
