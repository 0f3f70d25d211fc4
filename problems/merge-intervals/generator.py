#!/usr/bin/env python3
"""Writes tests/ for merge-intervals (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20240605)
N, V = 10**4, 10**4


def validate(intervals):
    assert 1 <= len(intervals) <= N
    assert all(len(iv) == 2 and 0 <= iv[0] <= iv[1] <= V for iv in intervals)


def rand_intervals(n, span, max_len):
    out = []
    for _ in range(n):
        a = rng.randint(0, span)
        out.append([a, min(span, a + rng.randint(0, max_len))])
    return out


cases = [
    ([[1, 3], [2, 6], [8, 10], [15, 18]],),
    ([[1, 4], [4, 5]],),
    ([[4, 7], [1, 4]],),
    ([[1, 4], [0, 4]],),
    ([[1, 4], [2, 3]],),
    ([[5, 5]],),
    ([[0, 0], [0, 0], [1, 1]],),
    ([[1, 4], [0, 0]],),
    ([[2, 3], [4, 5], [6, 7], [8, 9], [1, 10]],),
    ([[0, V]],),
    (rand_intervals(20, 100, 10),),
    (rand_intervals(1000, V, 5),),
    ([[2 * i, 2 * i + 1] for i in range(N // 2)][::-1],),
    (rand_intervals(N, V, 3),),
    (rand_intervals(N, V, 2000),),
    ([[i, i] for i in range(N)],),
    (sorted(rand_intervals(N, V, 0), reverse=True),),
]
FunctionProblem(__file__, 'merge', ['int[][]'], 'int[][]', validate=validate).write(cases)
