
var DetectSquares = function() {
    this.cnt = new Map();
    this.points = [];
};

/**
 * @param {number[]} point
 * @return {void}
 */
DetectSquares.prototype.add = function(point) {
    const key = point[0] * 1001 + point[1];
    const c = this.cnt.get(key) || 0;
    if (c === 0) this.points.push([point[0], point[1]]);
    this.cnt.set(key, c + 1);
};

/**
 * @param {number[]} point
 * @return {number}
 */
DetectSquares.prototype.count = function(point) {
    const [x, y] = point;
    let total = 0;
    for (const [px, py] of this.points) {
        if (Math.abs(px - x) !== Math.abs(py - y) || px === x) continue;
        total += this.cnt.get(px * 1001 + py) * (this.cnt.get(x * 1001 + py) || 0) * (this.cnt.get(px * 1001 + y) || 0);
    }
    return total;
};

/**
 * Your DetectSquares object will be instantiated and called as such:
 * var obj = new DetectSquares()
 * obj.add(point)
 * var param_2 = obj.count(point)
 */
