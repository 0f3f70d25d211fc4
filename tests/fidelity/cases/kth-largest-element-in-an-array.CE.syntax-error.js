var findKthLargest = function(nums, k) {
    nums.sort((a, b) => b - a;
    return nums[k - 1];
};
// QC-EXPECT: Line 2: SyntaxError
