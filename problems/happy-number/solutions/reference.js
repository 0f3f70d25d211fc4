/**
 * @param {number} n
 * @return {boolean}
 */
var isHappy = function(n) {
    const step = (x) => {
        let total = 0;
        while (x > 0) {
            const d = x % 10;
            total += d * d;
            x = Math.floor(x / 10);
        }
        return total;
    };
    let slow = n, fast = step(n);
    while (fast !== 1 && slow !== fast) {
        slow = step(slow);
        fast = step(step(fast));
    }
    return fast === 1;
};
