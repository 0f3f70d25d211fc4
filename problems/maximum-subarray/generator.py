#!/usr/bin/env python3
"""Writes tests/ for maximum-subarray (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261201)
N, V = 10**5, 10**4


def validate(nums):
    assert 1 <= len(nums) <= N and all(-V <= x <= V for x in nums)


cases = [
    ([-2, 1, -3, 4, -1, 2, 1, -5, 4],),
    ([1],),
    ([-3, -1, -2],),
    ([5, 4, -1, 7, 8],),
    ([-V],),
    ([V],),
    ([0, 0, 0],),
    ([-1, 0, -2],),
    ([2, -1, 2],),
    ([-2, -3, 4, -1, -2, 1, 5, -3],),
    ([rng.randint(-10, 10) for _ in range(30)],),
    ([rng.randint(-V, V) for _ in range(1000)],),
    ([rng.randint(-V, V) for _ in range(N)],),
    ([-V] * N,),
    ([V] * N,),
    ([rng.randint(-V, -1) for _ in range(N)],),
    ([rng.randint(-V, V // 50) for _ in range(N)],),
    ([V if i % 2 else -V + 1 for i in range(N)],),
]
FunctionProblem(__file__, 'maxSubArray', ['int[]'], 'int', validate=validate).write(cases)
