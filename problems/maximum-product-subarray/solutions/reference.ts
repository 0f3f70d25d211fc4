function maxProduct(nums: number[]): number {
    let best = nums[0], hi = nums[0], lo = nums[0];
    for (let i = 1; i < nums.length; i++) {
        const x = nums[i], a = hi * x, b = lo * x;
        hi = Math.max(x, a, b);
        lo = Math.min(x, a, b);
        best = Math.max(best, hi);
    }
    return best;
}
