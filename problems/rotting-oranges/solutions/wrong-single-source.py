class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Wrong: spreads rot from each rotten orange one at a time (DFS order) and
        # reports the longest DFS depth instead of a simultaneous BFS.
        m, n = len(grid), len(grid[0])
        best = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == 2:
                    stack = [(i, j, 0)]
                    while stack:
                        r, c, t = stack.pop()
                        best = max(best, t)
                        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                            if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1:
                                grid[nr][nc] = 2
                                stack.append((nr, nc, t + 1))
        if any(1 in row for row in grid):
            return -1
        return best
