class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Wrong: joins cells that touch only at a corner.
        m, n = len(grid), len(grid[0])
        seen = set()
        islands = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == '1' and (i, j) not in seen:
                    islands += 1
                    seen.add((i, j))
                    stack = [(i, j)]
                    while stack:
                        r, c = stack.pop()
                        for dr in (-1, 0, 1):
                            for dc in (-1, 0, 1):
                                nr, nc = r + dr, c + dc
                                if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == '1' and (nr, nc) not in seen:
                                    seen.add((nr, nc))
                                    stack.append((nr, nc))
        return islands
