# Wrong: lets rain flow only to strictly lower cells, so it cannot cross flat ground.
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])

        def reach(starts):
            seen = set(starts)
            stack = list(starts)
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen and heights[nr][nc] > heights[r][c]:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            return seen

        pacific = reach([(0, c) for c in range(n)] + [(r, 0) for r in range(m)])
        atlantic = reach([(m - 1, c) for c in range(n)] + [(r, n - 1) for r in range(m)])
        return [[r, c] for r, c in pacific & atlantic]
