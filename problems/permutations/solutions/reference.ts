function permute(nums: number[]): number[][] {
    const out: number[][] = [];
    const used: boolean[] = new Array(nums.length).fill(false);
    const path: number[] = [];
    const backtrack = (): void => {
        if (path.length === nums.length) {
            out.push([...path]);
            return;
        }
        for (let i = 0; i < nums.length; i++) {
            if (used[i]) continue;
            used[i] = true;
            path.push(nums[i]);
            backtrack();
            path.pop();
            used[i] = false;
        }
    };
    backtrack();
    return out;
};
