class Solution {
public:
    int getSum(int a, int b) {
        unsigned int x = a, y = b;
        while (y) {
            unsigned int carry = (x & y) << 1;
            x ^= y;
            y = carry;
        }
        return (int)x;
    }
};
