/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
class Solution {
    public ListNode reverseKGroup(ListNode head, int k) {
        ListNode dummy = new ListNode(0, head), before = dummy;
        while (true) {
            ListNode probe = before;
            for (int i = 0; i < k; i++) {
                probe = probe.next;
                if (probe == null) return dummy.next;
            }
            ListNode after = probe.next, prev = after, cur = before.next, first = cur;
            while (cur != after) {
                ListNode next = cur.next;
                cur.next = prev;
                prev = cur;
                cur = next;
            }
            before.next = prev;
            before = first;
        }
    }
}
