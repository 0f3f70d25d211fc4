function reverse(x: number): number {
    const MAX = 2147483647, MIN = -2147483648;
    let answer = 0;
    while (x !== 0) {
        const digit = x % 10;
        x = Math.trunc(x / 10);
        if (answer > Math.trunc(MAX / 10) || (answer === Math.trunc(MAX / 10) && digit > 7)) return 0;
        if (answer < Math.trunc(MIN / 10) || (answer === Math.trunc(MIN / 10) && digit < -8)) return 0;
        answer = answer * 10 + digit;
    }
    return answer;
}
