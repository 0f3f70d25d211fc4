#!/usr/bin/env python3
"""Writes tests/ for min-cost-to-connect-all-points (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270111)
N, V = 1000, 10**6


def validate(points):
    assert 1 <= len(points) <= N and all(len(p) == 2 and -V <= p[0] <= V and -V <= p[1] <= V for p in points)
    assert len({tuple(p) for p in points}) == len(points)


def rand(n, span):
    seen = set()
    while len(seen) < n:
        seen.add((rng.randint(-span, span), rng.randint(-span, span)))
    out = [list(p) for p in seen]
    rng.shuffle(out)
    return out


cases = [
    ([[0, 0], [2, 2], [3, 10], [5, 2], [7, 0]],),
    ([[3, 12], [-2, 5], [-4, 1]],),
    ([[0, 0]],),
    ([[0, 0], [1, 1]],),
    ([[-V, -V], [V, V]],),
    ([[0, 0], [1, 0], [2, 0], [3, 0]],),
    ([[0, 0], [10, 0], [0, 10], [10, 10], [5, 5]],),
    (rand(20, 10),),
    (rand(200, 1000),),
    (rand(N, V),),
    (rand(N, 30),),
    ([[i, 0] for i in range(N)],),
    ([[i * 2000 - V, (i * 7919) % 2001 - 1000] for i in range(N)],),
    ([[V if i % 2 else -V, i * 1000 - 500000] for i in range(N)],),
    (rand(N, 16),),
]
FunctionProblem(__file__, 'minCostConnectPoints', ['int[][]'], 'int', validate=validate).write(cases)
