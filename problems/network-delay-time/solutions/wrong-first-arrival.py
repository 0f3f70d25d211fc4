# Wrong: a breadth-first search keeps the time of the first path found (fewest links), not the fastest.
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        adj = defaultdict(list)
        for u, v, w in times:
            adj[u].append((v, w))
        dist = {k: 0}
        queue = deque([k])
        while queue:
            u = queue.popleft()
            for v, w in adj[u]:
                if v not in dist:
                    dist[v] = dist[u] + w
                    queue.append(v)
        return max(dist.values()) if len(dist) == n else -1
