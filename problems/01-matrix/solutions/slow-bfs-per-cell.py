class Solution:
    def updateMatrix(self, mat: List[List[int]]) -> List[List[int]]:
        m, n = len(mat), len(mat[0])
        out = [[0] * n for _ in range(m)]
        for si in range(m):
            for sj in range(n):
                if mat[si][sj] == 0:
                    continue
                seen = {(si, sj)}
                queue = deque([(si, sj, 0)])
                while queue:
                    i, j, d = queue.popleft()
                    if mat[i][j] == 0:
                        out[si][sj] = d
                        break
                    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= ni < m and 0 <= nj < n and (ni, nj) not in seen:
                            seen.add((ni, nj))
                            queue.append((ni, nj, d + 1))
        return out
