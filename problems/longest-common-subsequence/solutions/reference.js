/**
 * @param {string} text1
 * @param {string} text2
 * @return {number}
 */
var longestCommonSubsequence = function(text1, text2) {
    const m = text2.length;
    let prev = new Array(m + 1).fill(0);
    for (const c of text1) {
        const cur = new Array(m + 1).fill(0);
        for (let j = 0; j < m; j++) {
            cur[j + 1] = c === text2[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
        }
        prev = cur;
    }
    return prev[m];
};
