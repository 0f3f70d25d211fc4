function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
    const words = new Set(wordList);
    if (!words.has(endWord)) return 0;
    const buckets = new Map<string, string[]>();
    for (const w of words) {
        for (let i = 0; i < w.length; i++) {
            const key = w.slice(0, i) + '*' + w.slice(i + 1);
            const list = buckets.get(key);
            if (list) list.push(w);
            else buckets.set(key, [w]);
        }
    }
    const seen = new Set([beginWord]);
    let frontier = [beginWord];
    for (let steps = 2; frontier.length; steps++) {
        const next: string[] = [];
        for (const w of frontier) {
            for (let i = 0; i < w.length; i++) {
                const key = w.slice(0, i) + '*' + w.slice(i + 1);
                for (const v of buckets.get(key) ?? []) {
                    if (seen.has(v)) continue;
                    if (v === endWord) return steps;
                    seen.add(v);
                    next.push(v);
                }
                buckets.delete(key);
            }
        }
        frontier = next;
    }
    return 0;
};
