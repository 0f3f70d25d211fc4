#!/usr/bin/env python3
"""Writes tests/ for minimum-interval-to-include-each-query (run with /usr/bin/python3).

Inputs stay under 1 MB per test (and the package near 2 MB), so the largest tests hold 4 * 10^4 intervals and queries: enough
for O(n * q) to be 9 * 10^8 steps."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261213)
N, V = 10**5, 10**7
BIG = 3 * 10**4
MID = 5000


def validate(intervals, queries):
    assert 1 <= len(intervals) <= N and 1 <= len(queries) <= N
    assert all(len(iv) == 2 and 1 <= iv[0] <= iv[1] <= V for iv in intervals) and all(1 <= q <= V for q in queries)


def rand_intervals(n, hi, longest):
    out = []
    for _ in range(n):
        left = rng.randint(1, hi)
        out.append([left, min(hi, left + rng.randint(0, longest))])
    return out


def rand_queries(n, hi):
    return [rng.randint(1, hi) for _ in range(n)]


cases = [
    ([[1, 4], [2, 4], [3, 6], [4, 4]], [2, 3, 4, 5]),
    ([[2, 3], [2, 5], [1, 8], [20, 25]], [2, 19, 5, 22]),
    ([[1, 1]], [1]),
    ([[1, 1]], [2]),
    ([[V, V]], [1, V]),
    ([[1, V]], [1, V, V // 2]),
    ([[1, 10], [2, 3]], [5, 2, 3, 4, 11]),
    ([[5, 5], [5, 5], [1, 9]], [5, 5, 4]),
    ([[1, 3], [3, 5]], [3, 1, 5, 6, 2]),
    (rand_intervals(30, 60, 10), rand_queries(30, 70)),
    (rand_intervals(BIG, V, V), rand_queries(BIG, V)),
    (rand_intervals(MID, V, 100), rand_queries(MID, V)),
    ([[i, V - i + 1] for i in range(1, MID + 1)], rand_queries(MID, V)),
    ([[1, V]] + [[i * 200, i * 200 + 99] for i in range(1, MID)], [rng.randint(1, MID * 200) for _ in range(MID)]),
    ([[i, i] for i in range(1, MID + 1)], list(range(MID * 2, 0, -2))),
    (rand_intervals(MID, 1000, 50), rand_queries(MID, 1100)),
    ([[1, V]] * 1000, [V] * BIG),
    ([[1, 2 * k] for k in range(1, MID + 1)], list(range(2 * MID, 0, -2))),
    ([[V - k, V] for k in range(MID)], [1] * (MID // 2) + [V] * (MID // 2)),
]
FunctionProblem(__file__, 'minInterval', ['int[][]', 'int[]'], 'int[]', validate=validate).write(cases)
