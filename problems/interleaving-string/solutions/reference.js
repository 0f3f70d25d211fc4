/**
 * @param {string} s1
 * @param {string} s2
 * @param {string} s3
 * @return {boolean}
 */
var isInterleave = function(s1, s2, s3) {
    const m = s1.length, n = s2.length;
    if (m + n !== s3.length) return false;
    const ok = new Array(n + 1).fill(false);
    for (let i = 0; i <= m; i++) {
        for (let j = 0; j <= n; j++) {
            if (i === 0 && j === 0) {
                ok[0] = true;
                continue;
            }
            const a = i > 0 && ok[j] && s1[i - 1] === s3[i + j - 1];
            const b = j > 0 && ok[j - 1] && s2[j - 1] === s3[i + j - 1];
            ok[j] = a || b;
        }
    }
    return ok[n];
};
