function findAnagrams(s: string, p: string): number[] {
    const n = s.length, m = p.length;
    const answer: number[] = [];
    if (m > n) return answer;
    const need: number[] = new Array(26).fill(0), have: number[] = new Array(26).fill(0);
    for (const c of p) need[c.charCodeAt(0) - 97]++;
    let diff = need.filter(x => x !== 0).length;
    const bump = (k: number, d: number) => {
        if (have[k] === need[k]) diff++;
        have[k] += d;
        if (have[k] === need[k]) diff--;
    };
    for (let i = 0; i < n; i++) {
        bump(s.charCodeAt(i) - 97, 1);
        if (i >= m) bump(s.charCodeAt(i - m) - 97, -1);
        if (i >= m - 1 && diff === 0) answer.push(i - m + 1);
    }
    return answer;
}
