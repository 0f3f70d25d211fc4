function groupAnagrams(strs: string[]): string[][] {
    const groups = new Map<string, string[]>();
    for (const w of strs) {
        const count = new Array(26).fill(0);
        for (let i = 0; i < w.length; i++) count[w.charCodeAt(i) - 97]++;
        const key = count.join(',');
        const group = groups.get(key);
        if (group) group.push(w);
        else groups.set(key, [w]);
    }
    return [...groups.values()];
};
