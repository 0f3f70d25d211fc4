function maxSlidingWindow(nums: number[], k: number): number[] {
    const dq: number[] = new Array(nums.length);
    let head = 0;
    let tail = 0;
    const out: number[] = [];
    for (let i = 0; i < nums.length; i++) {
        while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
        dq[tail++] = i;
        if (dq[head] <= i - k) head++;
        if (i >= k - 1) out.push(nums[dq[head]]);
    }
    return out;
};
