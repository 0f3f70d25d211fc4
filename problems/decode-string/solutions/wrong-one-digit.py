# Wrong: reads only the digit right before '[', so counts of 10 or more are misread.
class Solution:
    def decodeString(self, s: str) -> str:
        stack, text, k = [], '', 0
        for c in s:
            if c.isdigit():
                k = int(c)
            elif c == '[':
                stack.append((text, k))
                text, k = '', 0
            elif c == ']':
                before, times = stack.pop()
                text = before + text * times
            else:
                text += c
        return text
