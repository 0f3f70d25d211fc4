/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number}
 */
var findTargetSumWays = function(nums, target) {
    const total = nums.reduce((a, b) => a + b, 0);
    if (Math.abs(target) > total || (total + target) % 2 !== 0) return 0;
    const want = (total + target) / 2;
    const ways = new Array(want + 1).fill(0);
    ways[0] = 1;
    for (const x of nums) for (let s = want; s >= x; s--) ways[s] += ways[s - x];
    return ways[want];
};
