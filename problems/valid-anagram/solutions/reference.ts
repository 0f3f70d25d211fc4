function isAnagram(s: string, t: string): boolean {
    if (s.length !== t.length) return false;
    const count = new Map<string, number>();
    for (const c of s) count.set(c, (count.get(c) ?? 0) + 1);
    for (const c of t) {
        const left = (count.get(c) ?? 0) - 1;
        if (left < 0) return false;
        count.set(c, left);
    }
    return true;
};
