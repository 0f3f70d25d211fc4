function missingNumber(nums: number[]): number {
    let x = nums.length;
    for (let i = 0; i < nums.length; i++) x ^= i ^ nums[i];
    return x;
};
