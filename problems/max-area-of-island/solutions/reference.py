class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]
        best = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == 1 and not seen[i][j]:
                    seen[i][j] = True
                    stack, area = [(i, j)], 0
                    while stack:
                        r, c = stack.pop()
                        area += 1
                        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                            if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1 and not seen[nr][nc]:
                                seen[nr][nc] = True
                                stack.append((nr, nc))
                    best = max(best, area)
        return best
