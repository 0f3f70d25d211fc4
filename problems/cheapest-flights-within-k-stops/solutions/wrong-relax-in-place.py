class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        INF = float('inf')
        cost = [INF] * n
        cost[src] = 0
        for _ in range(k + 1):
            for u, v, p in flights:
                if cost[u] + p < cost[v]:
                    cost[v] = cost[u] + p
        return -1 if cost[dst] == INF else cost[dst]
