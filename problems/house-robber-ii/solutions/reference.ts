function rob(nums: number[]): number {
    const line = (lo: number, hi: number): number => {
        let take = 0, skip = 0;
        for (let i = lo; i < hi; i++) [take, skip] = [skip + nums[i], Math.max(take, skip)];
        return Math.max(take, skip);
    };
    if (nums.length === 1) return nums[0];
    return Math.max(line(0, nums.length - 1), line(1, nums.length));
}
