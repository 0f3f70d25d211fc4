/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
struct ListNode* reverseKGroup(struct ListNode* head, int k) {
    struct ListNode dummy = {0, head};
    struct ListNode* before = &dummy;
    for (;;) {
        struct ListNode* probe = before;
        for (int i = 0; i < k; i++) {
            probe = probe->next;
            if (!probe) return dummy.next;
        }
        struct ListNode *after = probe->next, *prev = after, *cur = before->next, *first = cur;
        while (cur != after) {
            struct ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        before->next = prev;
        before = first;
    }
}
