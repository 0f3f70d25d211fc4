class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        while True:
            probe = before
            for _ in range(k):
                probe = probe.next
                if probe is None:
                    return dummy.next
            after = probe.next
            prev, cur = after, before.next
            first = cur
            while cur is not after:
                cur.next, prev, cur = prev, cur, cur.next
            before.next = prev
            before = first
