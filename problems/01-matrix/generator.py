#!/usr/bin/env python3
"""Writes tests/ for 01-matrix (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261222)
CELLS = 10**4


def validate(mat):
    m, n = len(mat), len(mat[0])
    assert 1 <= m * n <= CELLS and all(len(r) == n for r in mat)
    assert all(v in (0, 1) for r in mat for v in r) and any(v == 0 for r in mat for v in r)


def rand(m, n, p_zero):
    mat = [[0 if rng.random() < p_zero else 1 for _ in range(n)] for _ in range(m)]
    if all(v for r in mat for v in r):
        mat[rng.randrange(m)][rng.randrange(n)] = 0
    return mat


def ones_with_zero_at(m, n, i, j):
    mat = [[1] * n for _ in range(m)]
    mat[i][j] = 0
    return mat


cases = [
    ([[0, 0, 0], [0, 1, 0], [0, 0, 0]],),
    ([[0, 0, 0], [0, 1, 0], [1, 1, 1]],),
    ([[0]],),
    ([[0, 1]],),
    ([[1], [0]],),
    ([[1, 1, 1], [1, 1, 1], [1, 1, 0]],),
    ([[1, 0, 1, 1, 0, 0, 1, 0, 0, 1], [0, 1, 1, 0, 1, 0, 1, 0, 1, 1], [0, 0, 1, 0, 1, 0, 0, 1, 0, 0]],),
    (rand(5, 5, 0.3),),
    (rand(20, 30, 0.1),),
    (ones_with_zero_at(100, 100, 99, 99),),
    (ones_with_zero_at(100, 100, 50, 50),),
    (ones_with_zero_at(1, CELLS, 0, CELLS - 1),),
    (ones_with_zero_at(CELLS, 1, 0, 0),),
    (rand(100, 100, 0.5),),
    (rand(100, 100, 0.01),),
    (rand(50, 200, 0.002),),
    ([[0] * 100 for _ in range(100)],),
]
FunctionProblem(__file__, 'updateMatrix', ['int[][]'], 'int[][]', validate=validate).write(cases)
