class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        adj = defaultdict(list)
        for u, v, p in flights:
            adj[u].append((v, p))
        best = float('inf')

        def dfs(city, spent, flights_left):
            nonlocal best
            if city == dst:
                best = min(best, spent)
                return
            if flights_left == 0:
                return
            for v, p in adj[city]:
                dfs(v, spent + p, flights_left - 1)

        dfs(src, 0, k + 1)
        return -1 if best == float('inf') else best
