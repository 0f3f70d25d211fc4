#!/usr/bin/env python3
"""Writes tests/ for spiral-matrix (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270105)


def validate(matrix):
    assert 1 <= len(matrix) <= 10 and 1 <= len(matrix[0]) <= 10 and all(len(r) == len(matrix[0]) for r in matrix)
    assert all(-100 <= x <= 100 for r in matrix for x in r)


def grid(m, n, rand=True):
    return [[rng.randint(-100, 100) if rand else r * n + c for c in range(n)] for r in range(m)]


cases = [
    ([[1, 2, 3], [4, 5, 6], [7, 8, 9]],),
    ([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]],),
    ([[7]],),
    ([[1, 2, 3, 4, 5]],),
    ([[1], [2], [3], [4]],),
    ([[1, 2], [3, 4]],),
    ([[1, 2], [3, 4], [5, 6]],),
    ([[1, 2, 3], [4, 5, 6]],),
    (grid(4, 4, False),),
    (grid(5, 3, False),),
    (grid(3, 5, False),),
    (grid(10, 10),),
    (grid(10, 1),),
    (grid(1, 10),),
    (grid(9, 10),),
    (grid(10, 7),),
    (grid(2, 10),),
]
FunctionProblem(__file__, 'spiralOrder', ['int[][]'], 'int[]', validate=validate).write(cases)
