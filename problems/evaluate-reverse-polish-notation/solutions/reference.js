/**
 * @param {string[]} tokens
 * @return {number}
 */
var evalRPN = function(tokens) {
    const stack = [];
    for (const tok of tokens) {
        if (tok === '+' || tok === '-' || tok === '*' || tok === '/') {
            const b = stack.pop(), a = stack.pop();
            if (tok === '+') stack.push(a + b);
            else if (tok === '-') stack.push(a - b);
            else if (tok === '*') stack.push(a * b);
            else stack.push(Math.trunc(a / b));
        } else {
            stack.push(Number(tok));
        }
    }
    return stack[stack.length - 1];
};
