function letterCombinations(digits: string): string[] {
    if (!digits.length) return [];
    const keys = ['', '', 'abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];
    let out: string[] = [''];
    for (const d of digits) {
        const next: string[] = [];
        for (const s of out) for (const ch of keys[Number(d)]) next.push(s + ch);
        out = next;
    }
    return out;
}
