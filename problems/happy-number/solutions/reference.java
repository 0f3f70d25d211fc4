class Solution {
    private int step(int x) {
        int total = 0;
        while (x > 0) {
            total += (x % 10) * (x % 10);
            x /= 10;
        }
        return total;
    }

    public boolean isHappy(int n) {
        int slow = n, fast = step(n);
        while (fast != 1 && slow != fast) {
            slow = step(slow);
            fast = step(step(fast));
        }
        return fast == 1;
    }
}
