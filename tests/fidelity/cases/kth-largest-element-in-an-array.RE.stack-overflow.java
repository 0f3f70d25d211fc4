class Solution {
    long count(long n) {
        return count(n + 1) + count(n + 2) + 1;
    }

    public int findKthLargest(int[] nums, int k) {
        return (int) count(k);
    }
}
// QC-EXPECT: java.lang.StackOverflowError
// QC-EXPECT: at line 3, Solution.count
// QC-EXPECT-NOT: Main.run
