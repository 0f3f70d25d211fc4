function subarraySum(nums: number[], k: number): number {
    const seen = new Map<number, number>([[0, 1]]);
    let prefix = 0, answer = 0;
    for (const x of nums) {
        prefix += x;
        answer += seen.get(prefix - k) ?? 0;
        seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
    }
    return answer;
}
