class Heap {
    constructor(before) {
        this.a = [];
        this.before = before;
    }
    get size() {
        return this.a.length;
    }
    peek() {
        return this.a[0];
    }
    push(x) {
        const a = this.a;
        a.push(x);
        let i = a.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!this.before(a[i], a[p])) break;
            [a[i], a[p]] = [a[p], a[i]];
            i = p;
        }
    }
    pop() {
        const a = this.a;
        const top = a[0];
        const last = a.pop();
        if (a.length) {
            a[0] = last;
            let i = 0;
            for (;;) {
                let best = i;
                const l = 2 * i + 1, r = l + 1;
                if (l < a.length && this.before(a[l], a[best])) best = l;
                if (r < a.length && this.before(a[r], a[best])) best = r;
                if (best === i) break;
                [a[i], a[best]] = [a[best], a[i]];
                i = best;
            }
        }
        return top;
    }
}

var MedianFinder = function() {
    this.low = new Heap((x, y) => x > y);
    this.high = new Heap((x, y) => x < y);
};

/**
 * @param {number} num
 * @return {void}
 */
MedianFinder.prototype.addNum = function(num) {
    this.low.push(num);
    this.high.push(this.low.pop());
    if (this.high.size > this.low.size) this.low.push(this.high.pop());
};

/**
 * @return {number}
 */
MedianFinder.prototype.findMedian = function() {
    if (this.low.size > this.high.size) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
};

/**
 * Your MedianFinder object will be instantiated and called as such:
 * var obj = new MedianFinder()
 * obj.addNum(num)
 * var param_2 = obj.findMedian()
 */
