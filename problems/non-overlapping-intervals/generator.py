#!/usr/bin/env python3
"""Writes tests/ for non-overlapping-intervals (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261226)
N, V = 10**5, 5 * 10**4


def validate(intervals):
    assert 1 <= len(intervals) <= N and all(len(iv) == 2 and -V <= iv[0] < iv[1] <= V for iv in intervals)


def rand(n, span, max_len):
    out = []
    for _ in range(n):
        a = rng.randint(-span, span - 1)
        out.append([a, min(span, a + rng.randint(1, max_len))])
    return out


cases = [
    ([[1, 2], [2, 3], [3, 4], [1, 3]],),
    ([[1, 2], [1, 2], [1, 2]],),
    ([[1, 2], [2, 3]],),
    ([[0, 1]],),
    ([[-V, V]],),
    ([[1, 100], [11, 22], [1, 11], [2, 12]],),
    ([[0, 10], [1, 2], [3, 4], [5, 6]],),
    ([[-2, 0], [-1, 1], [0, 2]],),
    (rand(20, 30, 8),),
    (rand(1000, 5000, 50),),
    (rand(N // 2, V, 10),),
    (rand(N // 2, V, 3000),),
    ([[-V, V]] + [[i, i + 1] for i in range(-V, V, 2)][: N // 2 - 1],),
    ([[i, i + 2] for i in range(-V, V - 2)][: N // 2],),
    ([[0, 1]] * (N // 2),),
    (sorted(rand(N // 2, V, 100), reverse=True),),
]
FunctionProblem(__file__, 'eraseOverlapIntervals', ['int[][]'], 'int', validate=validate).write(cases)
