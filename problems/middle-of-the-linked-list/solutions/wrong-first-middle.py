class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Wrong: returns the first of the two middle nodes for even lengths.
        slow = fast = head
        while fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
        return slow
