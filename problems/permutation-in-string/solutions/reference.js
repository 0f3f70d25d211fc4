/**
 * @param {string} s1
 * @param {string} s2
 * @return {boolean}
 */
var checkInclusion = function(s1, s2) {
    const m = s1.length, n = s2.length;
    if (m > n) return false;
    const diff = new Array(26).fill(0);
    for (let i = 0; i < m; i++) diff[s1.charCodeAt(i) - 97]++;
    let off = diff.reduce((a, d) => a + (d !== 0 ? 1 : 0), 0);
    const bump = (c, by) => {
        if (diff[c] === 0) off++;
        diff[c] += by;
        if (diff[c] === 0) off--;
    };
    for (let i = 0; i < n; i++) {
        bump(s2.charCodeAt(i) - 97, -1);
        if (i >= m) bump(s2.charCodeAt(i - m) - 97, 1);
        if (i >= m - 1 && off === 0) return true;
    }
    return false;
};
