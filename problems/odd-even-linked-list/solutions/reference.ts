/**
 * Definition for singly-linked list.
 * class ListNode {
 *     val: number
 *     next: ListNode | null
 * }
 */

function oddEvenList(head: ListNode | null): ListNode | null {
    if (!head) return null;
    let odd: ListNode = head;
    let even: ListNode | null = head.next;
    const evenHead = even;
    while (even && even.next) {
        odd.next = even.next;
        odd = odd.next;
        even.next = odd.next;
        even = even.next;
    }
    odd.next = evenHead;
    return head;
}
