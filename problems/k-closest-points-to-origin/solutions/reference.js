/**
 * @param {number[][]} points
 * @param {number} k
 * @return {number[][]}
 */
var kClosest = function(points, k) {
    return points
        .map((p) => [p[0] * p[0] + p[1] * p[1], p])
        .sort((a, b) => a[0] - b[0])
        .slice(0, k)
        .map((e) => e[1]);
};
