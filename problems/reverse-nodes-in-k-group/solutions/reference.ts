/**
 * Definition for singly-linked list.
 * class ListNode {
 *     val: number
 *     next: ListNode | null
 *     constructor(val?: number, next?: ListNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.next = (next===undefined ? null : next)
 *     }
 * }
 */

function reverseKGroup(head: ListNode | null, k: number): ListNode | null {
    const dummy = new ListNode(0, head);
    let before: ListNode = dummy;
    while (true) {
        let probe: ListNode | null = before;
        for (let i = 0; i < k; i++) {
            probe = probe!.next;
            if (!probe) return dummy.next;
        }
        const after: ListNode | null = probe!.next;
        const first = before.next!;
        let prev: ListNode | null = after;
        let cur: ListNode | null = first;
        while (cur !== after) {
            const next: ListNode | null = cur!.next;
            cur!.next = prev;
            prev = cur;
            cur = next;
        }
        before.next = prev;
        before = first;
    }
};
