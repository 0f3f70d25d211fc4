function multiply(num1: string, num2: string): string {
    const n1 = num1.length, n2 = num2.length;
    const pos: number[] = new Array(n1 + n2).fill(0);
    for (let i = 0; i < n1; i++)
        for (let j = 0; j < n2; j++)
            pos[i + j] += (num1.charCodeAt(n1 - 1 - i) - 48) * (num2.charCodeAt(n2 - 1 - j) - 48);
    let carry = 0;
    for (let k = 0; k < pos.length; k++) {
        carry += pos[k];
        pos[k] = carry % 10;
        carry = Math.floor(carry / 10);
    }
    let top = pos.length - 1;
    while (top > 0 && pos[top] === 0) top--;
    let out = '';
    for (let k = top; k >= 0; k--) out += pos[k];
    return out;
}
