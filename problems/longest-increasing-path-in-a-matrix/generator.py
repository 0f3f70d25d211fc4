#!/usr/bin/env python3
"""Writes tests/ for longest-increasing-path-in-a-matrix (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261203)
M, V = 200, 2**31 - 1


def validate(matrix):
    assert 1 <= len(matrix) <= M and 1 <= len(matrix[0]) <= M
    assert all(len(r) == len(matrix[0]) and all(0 <= x <= V for x in r) for r in matrix)


def rand(m, n, hi):
    return [[rng.randint(0, hi) for _ in range(n)] for _ in range(m)]


def spiral(m, n, base=0):
    """Values increasing along an inward spiral: one climb covers every cell."""
    g = [[0] * n for _ in range(m)]
    top, bottom, left, right, k = 0, m - 1, 0, n - 1, base
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            g[top][j] = k; k += 1
        for i in range(top + 1, bottom + 1):
            g[i][right] = k; k += 1
        if top < bottom:
            for j in range(right - 1, left - 1, -1):
                g[bottom][j] = k; k += 1
        if left < right:
            for i in range(bottom - 1, top, -1):
                g[i][left] = k; k += 1
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return g


def snake(m, n):
    """Rows alternately left-to-right and right-to-left, increasing along the snake."""
    return [[i * n + (j if i % 2 == 0 else n - 1 - j) for j in range(n)] for i in range(m)]


cases = [
    ([[9, 9, 4], [6, 6, 8], [2, 1, 1]],),
    ([[3, 4, 5], [3, 2, 6], [2, 2, 1]],),
    ([[1]],),
    ([[V]],),
    ([[1, 2]],),
    ([[2], [1]],),
    ([[7, 7], [7, 7]],),
    ([[1, 2, 3], [6, 5, 4], [7, 8, 9]],),
    ([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],),
    (spiral(5, 7),),
    (rand(8, 9, 5),),
    ([[V] * M for _ in range(M)],),
    (spiral(M, M),),
    (spiral(20, 30, V - 600 + 1),),
    (snake(M, M),),
    ([[i + j for j in range(M)] for i in range(M)],),
    (rand(120, M, V),),
    (rand(M, M, 3),),
    ([[(i * 7 + j * 13) % 50 for j in range(M)] for i in range(M)],),
    (spiral(1, M),),
    (snake(M, 1),),
    ([[rng.randint(0, 9) for _ in range(3)] for _ in range(M)],),
    ([[abs(i - M // 2) + abs(j - M // 2) for j in range(M)] for i in range(M)],),
]
FunctionProblem(__file__, 'longestIncreasingPath', ['int[][]'], 'int', validate=validate).write(cases)
