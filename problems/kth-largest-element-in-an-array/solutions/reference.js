/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    // Values lie in [-10^4, 10^4]: count them and walk down from the top.
    const count = new Array(20001).fill(0);
    for (const x of nums) count[x + 10000]++;
    for (let v = 20000; v >= 0; v--) {
        k -= count[v];
        if (k <= 0) return v - 10000;
    }
    return -1;
};
