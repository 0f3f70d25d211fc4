# Wrong: only checks prefixes for too many ')' and the totals at the end, not where the wildcards sit.
class Solution:
    def checkValidString(self, s: str) -> bool:
        opened = closed = stars = 0
        for c in s:
            if c == '(':
                opened += 1
            elif c == ')':
                closed += 1
            else:
                stars += 1
            if closed > opened + stars:
                return False
        return opened - closed <= stars
