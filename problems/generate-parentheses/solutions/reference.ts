function generateParenthesis(n: number): string[] {
    const out: string[] = [];
    const build = (s: string, opened: number, closed: number): void => {
        if (s.length === 2 * n) {
            out.push(s);
            return;
        }
        if (opened < n) build(s + '(', opened + 1, closed);
        if (closed < opened) build(s + ')', opened, closed + 1);
    };
    build('', 0, 0);
    return out;
}
