#!/usr/bin/env python3
"""Writes tests/ for burst-balloons (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261205)
N, V = 300, 100


def validate(nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= V for x in nums)


def rand(n, lo=0, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([3, 1, 5, 8],),
    ([1, 5],),
    ([7],),
    ([0],),
    ([V],),
    ([0, 0, 0],),
    ([2, 3],),
    ([9, 76, 64, 21],),
    ([5, 0, 5],),
    (rand(8),),
    (rand(12, 0, 9),),
    ([V] * N,),
    ([0] * N,),
    (rand(N),),
    (rand(N, 0, 3),),
    (list(range(1, N + 1)) if N <= V else [i % V + 1 for i in range(N)],),
    ([V - i % V for i in range(N)],),
    ([V if i % 2 else 1 for i in range(N)],),
    ([rng.choice([0, V]) for _ in range(N)],),
    (rand(N - 1, 50, 100),),
]
FunctionProblem(__file__, 'maxCoins', ['int[]'], 'int', validate=validate).write(cases)
