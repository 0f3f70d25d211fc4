# Wrong: walks from point to nearest unvisited point, a path rather than the cheapest network.
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        used = [False] * n
        used[0] = True
        cur, total = 0, 0
        for _ in range(n - 1):
            cx, cy = points[cur]
            nxt = min((i for i in range(n) if not used[i]), key=lambda i: abs(cx - points[i][0]) + abs(cy - points[i][1]))
            total += abs(cx - points[nxt][0]) + abs(cy - points[nxt][1])
            used[nxt] = True
            cur = nxt
        return total
