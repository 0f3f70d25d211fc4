/**
 * @param {string} word1
 * @param {string} word2
 * @return {number}
 */
var minDistance = function(word1, word2) {
    const m = word1.length, n = word2.length;
    let prev = new Int32Array(n + 1), cur = new Int32Array(n + 1);
    for (let j = 0; j <= n; j++) prev[j] = j;
    for (let i = 1; i <= m; i++) {
        cur[0] = i;
        for (let j = 1; j <= n; j++) {
            if (word1[i - 1] === word2[j - 1]) cur[j] = prev[j - 1];
            else cur[j] = 1 + Math.min(prev[j - 1], prev[j], cur[j - 1]);
        }
        [prev, cur] = [cur, prev];
    }
    return prev[n];
};
