# Correct but O(3^k): tries every meaning of every wildcard.
class Solution:
    def checkValidString(self, s: str) -> bool:
        def go(i, depth):
            if depth < 0:
                return False
            if i == len(s):
                return depth == 0
            if s[i] == '(':
                return go(i + 1, depth + 1)
            if s[i] == ')':
                return go(i + 1, depth - 1)
            return go(i + 1, depth + 1) or go(i + 1, depth) or go(i + 1, depth - 1)

        return go(0, 0)
