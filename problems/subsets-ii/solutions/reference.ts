function subsetsWithDup(nums: number[]): number[][] {
    nums.sort((a, b) => a - b);
    const out: number[][] = [], path: number[] = [];
    const build = (start: number): void => {
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
}
