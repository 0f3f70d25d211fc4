class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        ListNodeLike* p = nullptr;
        return p->val + k;
    }
    struct ListNodeLike { int val; };
};
// QC-EXPECT: SIGSEGV
