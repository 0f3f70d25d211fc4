#!/usr/bin/env python3
"""Writes tests/ for search-a-2d-matrix (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261215)
M, V = 100, 10**4


def validate(matrix, target):
    assert 1 <= len(matrix) <= M and 1 <= len(matrix[0]) <= M and all(len(r) == len(matrix[0]) for r in matrix)
    flat = [x for r in matrix for x in r]
    assert flat == sorted(flat) and all(-V <= x <= V for x in flat) and -V <= target <= V
    assert all(matrix[i][0] > matrix[i - 1][-1] for i in range(1, len(matrix)))


def chart(m, n, step=3):
    flat, x = [], rng.randint(-V, -V + 10)
    for _ in range(m * n):
        flat.append(x)
        x += rng.randint(1, step)
    return [flat[i * n:(i + 1) * n] for i in range(m)]


big = chart(M, M, 2)
cases = [
    ([[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 3),
    ([[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 13),
    ([[1]], 1),
    ([[1]], 2),
    ([[1], [3]], 3),
    ([[1, 3]], 0),
    ([[1, 3, 5]], 5),
    ([[-V, V]], V),
    ([[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 60),
    ([[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 8),
    ([[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 61),
    (chart(10, 20), 0),
    (big, big[57][31]),
    (big, big[0][0]),
    (big, big[-1][-1]),
    (big, big[40][-1] + 1 if big[41][0] > big[40][-1] + 1 else V),
    (chart(M, 1, 5), 17),
    (chart(1, M, 5), -9990),
]
FunctionProblem(__file__, 'searchMatrix', ['int[][]', 'int'], 'bool', validate=validate).write(cases)
