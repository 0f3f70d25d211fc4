/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var permute = function(nums) {
    if (nums.length <= 1) return [[...nums]];
    const out = [];
    for (let i = 0; i < nums.length; i++) {
        const rest = nums.slice(0, i).concat(nums.slice(i + 1));
        for (const p of permute(rest)) out.push([nums[i], ...p]);
    }
    return out;
};
