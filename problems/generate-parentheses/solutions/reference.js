/**
 * @param {number} n
 * @return {string[]}
 */
var generateParenthesis = function(n) {
    const out = [];
    const build = (s, opened, closed) => {
        if (s.length === 2 * n) {
            out.push(s);
            return;
        }
        if (opened < n) build(s + '(', opened + 1, closed);
        if (closed < opened) build(s + ')', opened, closed + 1);
    };
    build('', 0, 0);
    return out;
};
