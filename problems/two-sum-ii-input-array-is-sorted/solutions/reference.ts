function twoSum(numbers: number[], target: number): number[] {
    let lo = 0, hi = numbers.length - 1;
    while (lo < hi) {
        const s = numbers[lo] + numbers[hi];
        if (s === target) return [lo + 1, hi + 1];
        if (s < target) lo++;
        else hi--;
    }
    return [];
}
