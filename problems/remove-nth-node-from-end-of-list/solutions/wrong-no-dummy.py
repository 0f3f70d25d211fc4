class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # Wrong: cannot remove the head node (n == length).
        fast = slow = head
        for _ in range(n):
            fast = fast.next
        if fast is None:
            return head
        while fast.next:
            fast = fast.next
            slow = slow.next
        slow.next = slow.next.next
        return head
