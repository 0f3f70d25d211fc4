# Wrong: only checks that each kind is balanced in number, not the nesting order.
class Solution:
    def isValid(self, s: str) -> bool:
        return all(s.count(o) == s.count(c) for o, c in ('()', '[]', '{}'))
