/**
 * @param {number[][]} triplets
 * @param {number[]} target
 * @return {boolean}
 */
var mergeTriplets = function(triplets, target) {
    const got = [0, 0, 0];
    for (const t of triplets) {
        if (t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2]) {
            for (let k = 0; k < 3; k++) got[k] = Math.max(got[k], t[k]);
        }
    }
    return got[0] === target[0] && got[1] === target[1] && got[2] === target[2];
};
