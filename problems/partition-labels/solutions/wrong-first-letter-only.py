# Wrong: closes a segment at the last occurrence of its first letter, ignoring letters met on the way.
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        sizes = []
        i = 0
        while i < len(s):
            end = s.rindex(s[i])
            sizes.append(end - i + 1)
            i = end + 1
        return sizes
