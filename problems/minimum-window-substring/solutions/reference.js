/**
 * @param {string} s
 * @param {string} t
 * @return {string}
 */
var minWindow = function(s, t) {
    const need = new Array(128).fill(0);
    for (let i = 0; i < t.length; i++) need[t.charCodeAt(i)]++;
    let missing = t.length, bestLo = 0, bestLen = -1, lo = 0;
    for (let hi = 0; hi < s.length; hi++) {
        if (need[s.charCodeAt(hi)]-- > 0) missing--;
        if (missing === 0) {
            while (need[s.charCodeAt(lo)] < 0) need[s.charCodeAt(lo++)]++;
            if (bestLen < 0 || hi - lo + 1 < bestLen) {
                bestLo = lo;
                bestLen = hi - lo + 1;
            }
            need[s.charCodeAt(lo++)]++;
            missing++;
        }
    }
    return bestLen < 0 ? '' : s.substring(bestLo, bestLo + bestLen);
};
