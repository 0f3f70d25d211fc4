#!/usr/bin/env python3
"""Writes tests/ for house-robber (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261203)
N, V = 100, 400


def validate(nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= V for x in nums)


cases = [
    ([1, 2, 3, 1],),
    ([2, 7, 9, 3, 1],),
    ([5],),
    ([0],),
    ([1, 2],),
    ([2, 1, 1, 2],),
    ([V, 0, 0, V],),
    ([0, 0, 0, 0],),
    ([1, 3, 1, 3, 100],),
    ([rng.randint(0, 10) for _ in range(15)],),
    ([rng.randint(0, V) for _ in range(50)],),
    ([rng.randint(0, V) for _ in range(N)],),
    ([V] * N,),
    ([V if i % 3 == 0 else V - 1 for i in range(N)],),
    ([rng.choice([0, V]) for _ in range(N)],),
    ([i * 4 for i in range(N)],),
]
FunctionProblem(__file__, 'rob', ['int[]'], 'int', validate=validate).write(cases)
