function evalRPN(tokens: string[]): number {
    const stack: number[] = [];
    const ops: Record<string, (a: number, b: number) => number> = {
        '+': (a, b) => a + b,
        '-': (a, b) => a - b,
        '*': (a, b) => a * b,
        '/': (a, b) => Math.trunc(a / b),
    };
    for (const tok of tokens) {
        const op = ops[tok];
        if (op) {
            const b = stack.pop()!;
            const a = stack.pop()!;
            stack.push(op(a, b));
        } else {
            stack.push(parseInt(tok, 10));
        }
    }
    return stack[stack.length - 1];
};
