class Solution {
    int step(int x) {
        int total = 0;
        while (x) {
            total += (x % 10) * (x % 10);
            x /= 10;
        }
        return total;
    }

public:
    bool isHappy(int n) {
        int slow = n, fast = step(n);
        while (fast != 1 && slow != fast) {
            slow = step(slow);
            fast = step(step(fast));
        }
        return fast == 1;
    }
};
