# Correct but exponential: a depth-first search that forgets each cell's answer.
class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])

        def climb(i, j):
            b = 1
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and matrix[x][y] > matrix[i][j]:
                    b = max(b, 1 + climb(x, y))
            return b

        return max(climb(i, j) for i in range(m) for j in range(n))
