class Solution {
public:
    long long count(long long n) {
        // Never stops: LeetCode says stack overflow (a runtime error), not memory limit.
        return count(n + 1) + count(n + 2) + 1;
    }
    int findKthLargest(vector<int>& nums, int k) {
        return (int)count(k);
    }
};
// QC-EXPECT: stack overflow
