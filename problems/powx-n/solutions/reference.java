class Solution {
    public double myPow(double x, int n) {
        long e = Math.abs((long) n);
        double result = 1.0, base = x;
        while (e > 0) {
            if ((e & 1) == 1) result *= base;
            base *= base;
            e >>= 1;
        }
        return n >= 0 ? result : 1.0 / result;
    }
}
