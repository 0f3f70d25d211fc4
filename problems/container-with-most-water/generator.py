#!/usr/bin/env python3
"""Writes tests/ for container-with-most-water (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261202)
N, V = 10**5, 10**4


def validate(height):
    assert 2 <= len(height) <= N and all(0 <= x <= V for x in height)


cases = [
    ([1, 8, 6, 2, 5, 4, 8, 3, 7],),
    ([1, 1],),
    ([0, 0],),
    ([0, V],),
    ([4, 3, 2, 1, 4],),
    ([1, 2, 1],),
    ([2, 3, 10, 5, 7, 8, 9],),
    ([1, 3, 2, 5, 25, 24, 5],),
    ([rng.randint(0, 20) for _ in range(25)],),
    ([rng.randint(0, V) for _ in range(1000)],),
    ([rng.randint(0, V) for _ in range(N)],),
    ([V] * N,),
    (list(range(N)) if N - 1 <= V else [min(V, i) for i in range(N)],),
    ([0] * N,),
    ([1] + [V] * 2 + [0] * (N - 4) + [1],),
    ([rng.randint(0, 100) for _ in range(N - 2)] + [V, V],),
]
FunctionProblem(__file__, 'maxArea', ['int[]'], 'int', validate=validate).write(cases)
