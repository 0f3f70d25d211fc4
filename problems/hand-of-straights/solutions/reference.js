/**
 * @param {number[]} hand
 * @param {number} groupSize
 * @return {boolean}
 */
var isNStraightHand = function(hand, groupSize) {
    if (hand.length % groupSize !== 0) return false;
    const count = new Map();
    for (const x of hand) count.set(x, (count.get(x) || 0) + 1);
    const values = [...count.keys()].sort((a, b) => a - b);
    for (const v of values) {
        const c = count.get(v);
        if (c === 0) continue;
        for (let w = v; w < v + groupSize; w++) {
            const have = count.get(w) || 0;
            if (have < c) return false;
            count.set(w, have - c);
        }
    }
    return true;
};
