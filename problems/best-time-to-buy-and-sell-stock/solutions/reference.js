/**
 * @param {number[]} prices
 * @return {number}
 */
var maxProfit = function(prices) {
    let best = 0, lowest = Infinity;
    for (const p of prices) {
        if (p < lowest) lowest = p;
        else if (p - lowest > best) best = p - lowest;
    }
    return best;
};
