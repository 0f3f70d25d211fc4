/**
 * @param {number[][]} intervals
 * @param {number[]} newInterval
 * @return {number[][]}
 */
var insert = function(intervals, newInterval) {
    let [start, end] = newInterval;
    const out = [];
    let i = 0;
    while (i < intervals.length && intervals[i][1] < start) out.push(intervals[i++]);
    while (i < intervals.length && intervals[i][0] <= end) {
        start = Math.min(start, intervals[i][0]);
        end = Math.max(end, intervals[i][1]);
        i++;
    }
    out.push([start, end]);
    while (i < intervals.length) out.push(intervals[i++]);
    return out;
};
