class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Wrong: only detects direct mutual requirements (cycles of length 2) and self-loops.
        pairs = set(map(tuple, prerequisites))
        return not any((b, a) in pairs for a, b in pairs)
