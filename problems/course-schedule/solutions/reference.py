class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        after = [[] for _ in range(numCourses)]
        indegree = [0] * numCourses
        for a, b in prerequisites:
            after[b].append(a)
            indegree[a] += 1
        ready = deque(i for i in range(numCourses) if indegree[i] == 0)
        done = 0
        while ready:
            c = ready.popleft()
            done += 1
            for nxt in after[c]:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    ready.append(nxt)
        return done == numCourses
