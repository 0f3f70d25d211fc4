/**
 * @param {number[]} candidates
 * @param {number} target
 * @return {number[][]}
 */
var combinationSum2 = function(candidates, target) {
    candidates.sort((a, b) => a - b);
    const out = [], path = [];
    const go = (start, left) => {
        if (left === 0) {
            out.push([...path]);
            return;
        }
        for (let i = start; i < candidates.length && candidates[i] <= left; i++) {
            if (i > start && candidates[i] === candidates[i - 1]) continue;
            path.push(candidates[i]);
            go(i + 1, left - candidates[i]);
            path.pop();
        }
    };
    go(0, target);
    return out;
};
