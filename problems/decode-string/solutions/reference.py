class Solution:
    def decodeString(self, s: str) -> str:
        stack, text, k = [], [], 0
        for c in s:
            if c.isdigit():
                k = k * 10 + int(c)
            elif c == '[':
                stack.append((text, k))
                text, k = [], 0
            elif c == ']':
                before, times = stack.pop()
                before.append(''.join(text) * times)
                text = before
            else:
                text.append(c)
        return ''.join(text)
