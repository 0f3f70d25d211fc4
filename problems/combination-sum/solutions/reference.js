/**
 * @param {number[]} candidates
 * @param {number} target
 * @return {number[][]}
 */
var combinationSum = function(candidates, target) {
    const cand = [...candidates].sort((a, b) => a - b);
    const out = [], path = [];
    const backtrack = (start, remaining) => {
        if (remaining === 0) {
            out.push([...path]);
            return;
        }
        for (let i = start; i < cand.length && cand[i] <= remaining; i++) {
            path.push(cand[i]);
            backtrack(i, remaining - cand[i]);
            path.pop();
        }
    };
    backtrack(0, target);
    return out;
};
