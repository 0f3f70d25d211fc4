function isValid(s: string): boolean {
    const open: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    const stack: string[] = [];
    for (const ch of s) {
        if (ch in open) {
            if (stack.pop() !== open[ch]) return false;
        } else {
            stack.push(ch);
        }
    }
    return stack.length === 0;
}
