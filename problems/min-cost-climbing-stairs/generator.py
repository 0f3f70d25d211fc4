#!/usr/bin/env python3
"""Writes tests/ for min-cost-climbing-stairs (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261216)
N, V = 1000, 999


def validate(cost):
    assert 2 <= len(cost) <= N and all(0 <= c <= V for c in cost)


cases = [
    ([10, 15, 20],),
    ([1, 100, 1, 1, 1, 100, 1, 1, 100, 1],),
    ([0, 0],),
    ([5, 3],),
    ([V, V],),
    ([0, 1, 1, 0],),
    ([1, 0, 0, 1],),
    ([0, 2, 2, 1],),
    ([rng.randint(0, 9) for _ in range(20)],),
    ([rng.randint(0, V) for _ in range(200)],),
    ([rng.randint(0, V) for _ in range(N)],),
    ([V] * N,),
    ([0] * N,),
    ([V if i % 2 else 0 for i in range(N)],),
    ([V if i % 3 == 0 else 1 for i in range(N)],),
    ([rng.choice([0, V]) for _ in range(N)],),
]
FunctionProblem(__file__, 'minCostClimbingStairs', ['int[]'], 'int', validate=validate).write(cases)
