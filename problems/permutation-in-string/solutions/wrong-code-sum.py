class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m = len(s1)
        if m > len(s2):
            return False
        target = sum(map(ord, s1))
        window = sum(map(ord, s2[:m]))
        if window == target:
            return True
        for i in range(m, len(s2)):
            window += ord(s2[i]) - ord(s2[i - m])
            if window == target:
                return True
        return False
