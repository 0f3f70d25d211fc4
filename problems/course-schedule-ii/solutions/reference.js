/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {number[]}
 */
var findOrder = function(numCourses, prerequisites) {
    const neededBy = Array.from({ length: numCourses }, () => []);
    const missing = new Array(numCourses).fill(0);
    for (const [a, b] of prerequisites) {
        neededBy[b].push(a);
        missing[a]++;
    }
    const order = [];
    for (let c = 0; c < numCourses; c++) if (missing[c] === 0) order.push(c);
    for (let head = 0; head < order.length; head++)
        for (const d of neededBy[order[head]]) if (--missing[d] === 0) order.push(d);
    return order.length === numCourses ? order : [];
};
