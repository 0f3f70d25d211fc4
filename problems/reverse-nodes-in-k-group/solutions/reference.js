/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
/**
 * @param {ListNode} head
 * @param {number} k
 * @return {ListNode}
 */
var reverseKGroup = function(head, k) {
    const dummy = new ListNode(0, head);
    let before = dummy;
    while (true) {
        let probe = before;
        for (let i = 0; i < k; i++) {
            probe = probe.next;
            if (!probe) return dummy.next;
        }
        const after = probe.next, first = before.next;
        let prev = after, cur = first;
        while (cur !== after) {
            const next = cur.next;
            cur.next = prev;
            prev = cur;
            cur = next;
        }
        before.next = prev;
        before = first;
    }
};
