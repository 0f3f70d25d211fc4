#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1010)


def validate(grid):
    m, n = len(grid), len(grid[0])
    assert 1 <= m <= 10 and 1 <= n <= 10 and all(len(r) == n for r in grid)
    assert all(x in (0, 1, 2) for r in grid for x in r)


def rg(m, n, weights):
    return [[rng.choices([0, 1, 2], weights)[0] for _ in range(n)] for _ in range(m)]


snake = [[1] * 10 for _ in range(10)]
for i in range(1, 10, 2):
    for j in range(10):
        snake[i][j] = 0
    snake[i][9 if i % 4 == 1 else 0] = 1
snake[0][0] = 2
cases = [
    ([[2, 1, 1], [1, 1, 0], [0, 1, 1]],),
    ([[2, 1, 1], [0, 1, 1], [1, 0, 1]],),
    ([[0, 2]],),
    ([[0]],),
    ([[1]],),
    ([[2]],),
    ([[1, 2]],),
    ([[2, 2], [1, 1], [0, 0], [2, 0]],),
    ([[2, 1, 1, 1, 1, 1, 1, 1, 1, 2]],),
    ([[1] * 10 for _ in range(9)] + [[1] * 9 + [2]],),
    ([[2 if (i, j) in ((0, 0), (9, 9), (0, 9), (9, 0)) else 1 for j in range(10)] for i in range(10)],),
    (snake,),
    (rg(10, 10, [1, 6, 1]),),
    (rg(10, 10, [3, 6, 1]),),
    (rg(10, 10, [1, 10, 0.3]),),
    (rg(7, 9, [2, 5, 1]),),
    ([[1] * 10 for _ in range(10)],),
    ([[0] * 10 for _ in range(10)],),
]
FunctionProblem(__file__, 'orangesRotting', ['int[][]'], 'int', validate=validate).write(cases)
