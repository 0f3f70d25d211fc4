/**
 * @param {string} digits
 * @return {string[]}
 */
var letterCombinations = function(digits) {
    if (!digits.length) return [];
    const keys = ['', '', 'abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];
    let out = [''];
    for (const d of digits) {
        const next = [];
        for (const s of out) for (const ch of keys[+d]) next.push(s + ch);
        out = next;
    }
    return out;
};
