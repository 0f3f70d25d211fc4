/**
 * @param {number[]} stones
 * @return {number}
 */
var lastStoneWeight = function(stones) {
    const heap = [...stones];
    while (heap.length > 1) {
        heap.sort((a, b) => b - a);
        const y = heap.shift(), x = heap.shift();
        if (y !== x) heap.push(y - x);
    }
    return heap.length ? heap[0] : 0;
};
