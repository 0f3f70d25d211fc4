/**
 * @param {string[]} strs
 * @return {string[][]}
 */
var groupAnagrams = function(strs) {
    const groups = new Map();
    for (const w of strs) {
        const key = w.split('').sort().join('');
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(w);
    }
    return [...groups.values()];
};
