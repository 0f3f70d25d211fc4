#!/usr/bin/env python3
"""Writes tests/ for max-area-of-island (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261224)
M = 50


def validate(grid):
    assert 1 <= len(grid) <= M and 1 <= len(grid[0]) <= M and all(len(r) == len(grid[0]) for r in grid)
    assert all(x in (0, 1) for r in grid for x in r)


def rand(m, n, p):
    return [[1 if rng.random() < p else 0 for _ in range(n)] for _ in range(m)]


def snake(m, n):
    g = [[0] * n for _ in range(m)]
    for i in range(0, m, 2):
        for j in range(n):
            g[i][j] = 1
        if i + 1 < m:
            g[i + 1][n - 1 if (i // 2) % 2 == 0 else 0] = 1
    return g


cases = [
    ([[0, 0, 1, 0, 0], [0, 1, 1, 0, 0], [0, 0, 0, 1, 1], [1, 0, 0, 1, 0]],),
    ([[0, 0, 0, 0, 0, 0, 0, 0]],),
    ([[1]],),
    ([[0]],),
    ([[1, 0], [0, 1]],),
    ([[1, 1], [1, 0]],),
    ([[1, 0, 1], [0, 1, 0], [1, 0, 1]],),
    ([[1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [0, 0, 0, 1, 1], [0, 0, 0, 1, 1]],),
    (rand(10, 10, 0.5),),
    (rand(30, 40, 0.45),),
    (rand(M, M, 0.6),),
    (rand(M, M, 0.4),),
    ([[1] * M for _ in range(M)],),
    ([[(i + j) % 2 for j in range(M)] for i in range(M)],),
    (snake(M, M),),
    ([[1] * M],),
    ([[1] for _ in range(M)],),
]
FunctionProblem(__file__, 'maxAreaOfIsland', ['int[][]'], 'int', validate=validate).write(cases)
