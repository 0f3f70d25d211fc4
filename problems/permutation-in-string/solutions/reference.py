class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m, n = len(s1), len(s2)
        if m > n:
            return False
        need = [0] * 26
        have = [0] * 26
        for ch in s1:
            need[ord(ch) - 97] += 1
        for ch in s2[:m]:
            have[ord(ch) - 97] += 1
        matches = sum(need[c] == have[c] for c in range(26))
        for i in range(m, n):
            if matches == 26:
                return True
            c = ord(s2[i]) - 97
            have[c] += 1
            if have[c] == need[c]:
                matches += 1
            elif have[c] == need[c] + 1:
                matches -= 1
            c = ord(s2[i - m]) - 97
            have[c] -= 1
            if have[c] == need[c]:
                matches += 1
            elif have[c] == need[c] - 1:
                matches -= 1
        return matches == 26
