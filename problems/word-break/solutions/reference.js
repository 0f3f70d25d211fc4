/**
 * @param {string} s
 * @param {string[]} wordDict
 * @return {boolean}
 */
var wordBreak = function(s, wordDict) {
    const words = new Set(wordDict);
    const lengths = [...new Set(wordDict.map(w => w.length))].sort((a, b) => a - b);
    const n = s.length;
    const ok = new Array(n + 1).fill(false);
    ok[0] = true;
    for (let i = 1; i <= n; i++) {
        for (const k of lengths) {
            if (k > i) break;
            if (ok[i - k] && words.has(s.substring(i - k, i))) {
                ok[i] = true;
                break;
            }
        }
    }
    return ok[n];
};
