/**
 * @param {string} beginWord
 * @param {string} endWord
 * @param {string[]} wordList
 * @return {number}
 */
var ladderLength = function(beginWord, endWord, wordList) {
    const words = new Set(wordList);
    if (!words.has(endWord)) return 0;
    words.delete(beginWord);
    let frontier = [beginWord];
    for (let steps = 2; frontier.length; steps++) {
        const next = [];
        for (const w of frontier) {
            for (let i = 0; i < w.length; i++) {
                for (let c = 97; c <= 122; c++) {
                    const cand = w.slice(0, i) + String.fromCharCode(c) + w.slice(i + 1);
                    if (words.has(cand)) {
                        if (cand === endWord) return steps;
                        words.delete(cand);
                        next.push(cand);
                    }
                }
            }
        }
        frontier = next;
    }
    return 0;
};
