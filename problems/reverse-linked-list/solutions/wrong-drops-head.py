# Wrong: loses the last node of the reversed list.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        prev = None
        while head.next:
            head.next, prev, head = prev, head, head.next
        return prev
