function subsets(nums: number[]): number[][] {
    const out: number[][] = [];
    const n = nums.length;
    for (let mask = 0; mask < 1 << n; mask++) {
        const s: number[] = [];
        for (let i = 0; i < n; i++) if (mask & (1 << i)) s.push(nums[i]);
        out.push(s);
    }
    return out;
};
