class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        # Wrong: Python's // rounds toward negative infinity, not toward zero.
        stack = []
        for tok in tokens:
            if tok in ('+', '-', '*', '/'):
                b = stack.pop()
                a = stack.pop()
                stack.append({'+': a + b, '-': a - b, '*': a * b, '/': a // b}[tok])
            else:
                stack.append(int(tok))
        return stack[-1]
