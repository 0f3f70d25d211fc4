#!/usr/bin/env python3
"""Writes tests/ for house-robber-ii (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261227)
N, V = 100, 1000


def validate(nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= V for x in nums)


cases = [
    ([2, 3, 2],),
    ([1, 2, 3, 1],),
    ([1, 2, 3],),
    ([7],),
    ([0],),
    ([1, 2],),
    ([2, 1],),
    ([5, 1, 1, 5],),
    ([V, 0, 0, V],),
    ([V, 1, V],),
    ([1, 3, 1, 3, 100],),
    ([200, 3, 140, 20, 10],),
    ([rng.randint(0, 10) for _ in range(15)],),
    ([rng.randint(0, V) for _ in range(N)],),
    ([V] * N,),
    ([V] * (N - 1),),
    ([V if i % 2 == 0 else 0 for i in range(N - 1)],),
    ([rng.choice([0, V]) for _ in range(N)],),
]
FunctionProblem(__file__, 'rob', ['int[]'], 'int', validate=validate).write(cases)
