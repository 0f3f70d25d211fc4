class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        needs = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            needs[a].append(b)
        state = [0] * numCourses  # 0 new, 1 on the path, 2 done
        order = []
        for start in range(numCourses):
            if state[start]:
                continue
            stack = [(start, 0)]
            state[start] = 1
            while stack:
                c, i = stack.pop()
                if i < len(needs[c]):
                    stack.append((c, i + 1))
                    d = needs[c][i]
                    if state[d] == 1:
                        return []
                    if state[d] == 0:
                        state[d] = 1
                        stack.append((d, 0))
                else:
                    state[c] = 2
                    order.append(c)
        return order
