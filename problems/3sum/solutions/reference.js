/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var threeSum = function(nums) {
    nums.sort((a, b) => a - b);
    const n = nums.length, out = [];
    for (let i = 0; i + 2 < n && nums[i] <= 0; i++) {
        if (i > 0 && nums[i] === nums[i - 1]) continue;
        let lo = i + 1, hi = n - 1;
        while (lo < hi) {
            const s = nums[i] + nums[lo] + nums[hi];
            if (s < 0) lo++;
            else if (s > 0) hi--;
            else {
                out.push([nums[i], nums[lo], nums[hi]]);
                lo++;
                while (lo < hi && nums[lo] === nums[lo - 1]) lo++;
                hi--;
            }
        }
    }
    return out;
};
