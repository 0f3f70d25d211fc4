class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        needed_by = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for a, b in prerequisites:
            needed_by[b].append(a)
            missing[a] += 1
        queue = deque(c for c in range(numCourses) if missing[c] == 0)
        order = []
        while queue:
            c = queue.popleft()
            order.append(c)
            for d in needed_by[c]:
                missing[d] -= 1
                if missing[d] == 0:
                    queue.append(d)
        return order if len(order) == numCourses else []
