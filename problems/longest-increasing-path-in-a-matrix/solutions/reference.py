class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])
        best = [[1] * n for _ in range(m)]
        cells = sorted(((matrix[i][j], i, j) for i in range(m) for j in range(n)), reverse=True)
        answer = 1
        for v, i, j in cells:
            b = 1
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and matrix[x][y] > v and best[x][y] + 1 > b:
                    b = best[x][y] + 1
            best[i][j] = b
            if b > answer:
                answer = b
        return answer
