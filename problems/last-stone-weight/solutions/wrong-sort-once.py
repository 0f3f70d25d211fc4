class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # Wrong: sorts once and smashes neighbours instead of always taking the two heaviest.
        s = sorted(stones, reverse=True)
        while len(s) > 1:
            y, x = s.pop(0), s.pop(0)
            if y != x:
                s.append(y - x)
        return s[0] if s else 0
