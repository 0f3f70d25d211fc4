/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var subsetsWithDup = function(nums) {
    nums.sort((a, b) => a - b);
    const out = [], path = [];
    const build = (start) => {
        out.push(path.slice());
        for (let i = start; i < nums.length; i++) {
            if (i > start && nums[i] === nums[i - 1]) continue;
            path.push(nums[i]);
            build(i + 1);
            path.pop();
        }
    };
    build(0);
    return out;
};
