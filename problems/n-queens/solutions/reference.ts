function solveNQueens(n: number): string[][] {
    const out: string[][] = [];
    const cols: number[] = [];
    const place = (r: number, used: number, diag1: number, diag2: number): void => {
        if (r === n) {
            out.push(cols.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1)));
            return;
        }
        for (let c = 0; c < n; c++) {
            const a = 1 << c;
            const b = 1 << (r - c + n);
            const d = 1 << (r + c);
            if (used & a || diag1 & b || diag2 & d) continue;
            cols.push(c);
            place(r + 1, used | a, diag1 | b, diag2 | d);
            cols.pop();
        }
    };
    place(0, 0, 0, 0);
    return out;
};
