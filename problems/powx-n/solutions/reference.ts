function myPow(x: number, n: number): number {
    let e = Math.abs(n);
    let result = 1, base = x;
    while (e > 0) {
        if (e % 2 === 1) result *= base;
        base *= base;
        e = Math.floor(e / 2);
    }
    return n >= 0 ? result : 1 / result;
}
