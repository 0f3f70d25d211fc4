/**
 * @param {string} s
 * @return {string[][]}
 */
var partition = function(s) {
    const n = s.length;
    const isPal = (i, j) => {
        while (i < j) if (s[i++] !== s[j--]) return false;
        return true;
    };
    const out = [], path = [];
    const go = (start) => {
        if (start === n) {
            out.push([...path]);
            return;
        }
        for (let end = start; end < n; end++) {
            if (!isPal(start, end)) continue;
            path.push(s.slice(start, end + 1));
            go(end + 1);
            path.pop();
        }
    };
    go(0);
    return out;
};
