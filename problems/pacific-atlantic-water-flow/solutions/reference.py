class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])
        flat = [h for row in heights for h in row]

        def reach(starts):
            seen = [False] * (m * n)
            for k in starts:
                seen[k] = True
            stack = list(starts)
            while stack:
                k = stack.pop()
                r, c = divmod(k, n)
                h = flat[k]
                if r > 0 and not seen[k - n] and flat[k - n] >= h:
                    seen[k - n] = True
                    stack.append(k - n)
                if r < m - 1 and not seen[k + n] and flat[k + n] >= h:
                    seen[k + n] = True
                    stack.append(k + n)
                if c > 0 and not seen[k - 1] and flat[k - 1] >= h:
                    seen[k - 1] = True
                    stack.append(k - 1)
                if c < n - 1 and not seen[k + 1] and flat[k + 1] >= h:
                    seen[k + 1] = True
                    stack.append(k + 1)
            return seen

        pacific = reach({c for c in range(n)} | {r * n for r in range(m)})
        atlantic = reach({(m - 1) * n + c for c in range(n)} | {r * n + n - 1 for r in range(m)})
        return [[k // n, k % n] for k in range(m * n) if pacific[k] and atlantic[k]]
