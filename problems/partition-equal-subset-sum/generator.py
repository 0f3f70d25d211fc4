#!/usr/bin/env python3
"""Writes tests/ for partition-equal-subset-sum (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270104)
N, V = 200, 100


def validate(nums):
    assert 1 <= len(nums) <= N and all(1 <= x <= V for x in nums)


def splittable(n):
    half = [rng.randint(1, V) for _ in range(n // 2)]
    total = sum(half)
    other = []
    while total > 0:
        x = min(total, rng.randint(1, V))
        other.append(x)
        total -= x
    out = half + other
    rng.shuffle(out)
    return out[:N] if len(out) <= N else half + half


cases = [
    ([1, 5, 11, 5],),
    ([1, 2, 3, 5],),
    ([1],),
    ([2, 2],),
    ([1, 2],),
    ([3, 3, 3, 4, 5],),
    ([100, 100, 100, 100, 100, 100, 100, 100, 99, 101 - 2],),
    ([2, 2, 3, 5],),
    ([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 100],),
    (splittable(20),),
    (splittable(N),),
    ([rng.randint(1, V) for _ in range(N)],),
    ([V] * N,),
    ([V] * (N - 1) + [1],),
    ([2 * rng.randint(1, 50) for _ in range(N - 1)] + [1],),
    ([99, 97, 95, 93, 91, 89, 87, 85, 83, 81, 79, 77, 75, 73, 71, 69, 67, 65, 63, 61, 59, 57, 55, 53, 51, 49, 47, 45, 43, 41, 39, 37, 35, 33, 31, 29, 27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 2],),
    ([100] * 100 + [1] * 98 + [3, 1],),
    ([100] * 199 + [2],),
    ([98] * 149 + [2] * 49 + [1, 1],),
]
FunctionProblem(__file__, 'canPartition', ['int[]'], 'bool', validate=validate).write(cases)
