function isValidSudoku(board: string[][]): boolean {
    const seen = new Set<string>();
    for (let r = 0; r < 9; r++) {
        for (let c = 0; c < 9; c++) {
            const d = board[r][c];
            if (d === '.') continue;
            const keys = [`r${r}${d}`, `c${c}${d}`, `b${Math.floor(r / 3)}${Math.floor(c / 3)}${d}`];
            if (keys.some((k) => seen.has(k))) return false;
            for (const k of keys) seen.add(k);
        }
    }
    return true;
}
