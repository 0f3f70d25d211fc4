function combinationSum(candidates: number[], target: number): number[][] {
    const cand = [...candidates].sort((a, b) => a - b);
    const out: number[][] = [];
    const path: number[] = [];
    const backtrack = (start: number, remaining: number): void => {
        if (remaining === 0) {
            out.push([...path]);
            return;
        }
        for (let i = start; i < cand.length && cand[i] <= remaining; i++) {
            path.push(cand[i]);
            backtrack(i, remaining - cand[i]);
            path.pop();
        }
    };
    backtrack(0, target);
    return out;
};
