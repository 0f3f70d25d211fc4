function insert(intervals: number[][], newInterval: number[]): number[][] {
    let [start, end] = newInterval;
    const before = intervals.filter(([, e]) => e < start);
    const after = intervals.filter(([s]) => s > end);
    for (const [s, e] of intervals) {
        if (e >= start && s <= end) {
            start = Math.min(start, s);
            end = Math.max(end, e);
        }
    }
    return [...before, [start, end], ...after];
};
