/**
 * @param {string[][]} tickets
 * @return {string[]}
 */
var findItinerary = function(tickets) {
    const out = new Map();
    const sorted = tickets.slice().sort((x, y) => (x[1] < y[1] ? 1 : x[1] > y[1] ? -1 : 0));
    for (const [a, b] of sorted) {
        if (!out.has(a)) out.set(a, []);
        out.get(a).push(b);
    }
    const route = [], stack = ['JFK'];
    while (stack.length) {
        const next = out.get(stack[stack.length - 1]);
        if (next && next.length) stack.push(next.pop());
        else route.push(stack.pop());
    }
    return route.reverse();
};
