#!/usr/bin/env python3
"""Writes tests/ for maximum-product-subarray (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270103)
N = 2 * 10**4
LIMIT = 2**31


def validate(nums):
    assert 1 <= len(nums) <= N and all(-10 <= x <= 10 for x in nums)
    # Every run's product fits 32 bits: between zeros, the product of absolute values is small enough.
    prod = 1
    for x in nums:
        prod = 1 if x == 0 else prod * abs(x)
        assert prod < LIMIT, 'a run product does not fit 32 bits'


def safe(n):
    """Random values with zeros often enough that no run's product leaves 32 bits."""
    out, prod = [], 1
    for _ in range(n):
        x = rng.choice([-3, -2, -1, 1, 2, 3, -1, 1])
        if prod * abs(x) >= LIMIT or rng.random() < 0.02:
            x = 0
        prod = 1 if x == 0 else prod * abs(x)
        out.append(x)
    return out


cases = [
    ([2, 3, -2, 4],),
    ([-2, 0, -1],),
    ([-2],),
    ([0],),
    ([-2, 3, -4],),
    ([-1, -1],),
    ([0, 2],),
    ([3, -1, 4],),
    ([-2, -3, 7],),
    ([2, -5, -2, -4, 3],),
    ([-10, 10, -10, 10, -10, 10, -10, 10, -10],),
    (safe(50),),
    (safe(N),),
    (safe(N),),
    ([-1] * N,),
    ([1] * (N - 1) + [-1],),
    ([0] * N,),
    ([rng.choice([-1, 1]) for _ in range(N - 3)] + [-10, 10, 10],),
]
FunctionProblem(__file__, 'maxProduct', ['int[]'], 'int', validate=validate).write(cases)
