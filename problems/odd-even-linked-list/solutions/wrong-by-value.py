class Solution:
    def oddEvenList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        odd_dummy = odd = ListNode()
        even_dummy = even = ListNode()
        while head:
            if head.val % 2:
                odd.next = head
                odd = head
            else:
                even.next = head
                even = head
            head = head.next
        even.next = None
        odd.next = even_dummy.next
        return odd_dummy.next
