double myPow(double x, int n) {
    long long e = n;
    if (e < 0) e = -e;
    double result = 1.0, base = x;
    while (e) {
        if (e & 1) result *= base;
        base *= base;
        e >>= 1;
    }
    return n >= 0 ? result : 1.0 / result;
}
