/**
 * @param {number[]} heights
 * @return {number}
 */
var largestRectangleArea = function(heights) {
    const n = heights.length, stack = [];
    let best = 0;
    for (let i = 0; i <= n; i++) {
        const h = i === n ? 0 : heights[i];
        while (stack.length && heights[stack[stack.length - 1]] >= h) {
            const j = stack.pop();
            const left = stack.length ? stack[stack.length - 1] + 1 : 0;
            best = Math.max(best, heights[j] * (i - left));
        }
        stack.push(i);
    }
    return best;
};
