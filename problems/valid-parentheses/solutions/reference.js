/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    const open = { ')': '(', ']': '[', '}': '{' };
    const stack = [];
    for (const ch of s) {
        if (ch in open) {
            if (stack.pop() !== open[ch]) return false;
        } else {
            stack.push(ch);
        }
    }
    return stack.length === 0;
};
