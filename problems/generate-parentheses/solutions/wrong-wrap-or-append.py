# Wrong: builds n pairs from n - 1 pairs only by wrapping or appending "()", missing "(())(())" and others.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        level = {'()'}
        for _ in range(n - 1):
            level = {w for s in level for w in ('(' + s + ')', '()' + s, s + '()')}
        return sorted(level)
