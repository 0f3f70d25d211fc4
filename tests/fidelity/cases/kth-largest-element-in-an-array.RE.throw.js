var findKthLargest = function(nums, k) {
    const top = nums.sort((a, b) => b - a);
    if (top.length > 0) {
        throw new Error('not yet: ' + k);
    }
    return top[k - 1];
};
// QC-EXPECT: Error: not yet: 2
// QC-EXPECT: solution.js:4
// QC-EXPECT-NOT: __qc_main
// QC-EXPECT-NOT: /box/
