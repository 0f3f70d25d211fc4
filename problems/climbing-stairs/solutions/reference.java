class Solution {
    public int climbStairs(int n) {
        long a = 1, b = 1;
        for (int i = 0; i < n; i++) { long c = a + b; a = b; b = c; }
        return (int) a;
    }
}
