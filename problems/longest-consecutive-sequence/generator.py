#!/usr/bin/env python3
"""Writes tests/ for longest-consecutive-sequence (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261204)
N, V = 10**5, 10**9


def validate(nums):
    assert 0 <= len(nums) <= N and all(-V <= x <= V for x in nums)


def shuffled(xs):
    xs = list(xs)
    rng.shuffle(xs)
    return xs


cases = [
    ([100, 4, 200, 1, 3, 2],),
    ([0, 3, 7, 2, 5, 8, 4, 6, 0, 1],),
    ([1, 0, 1, 2],),
    ([],),
    ([7],),
    ([-V, V],),
    ([V - 1, V, -V, -V + 1],),
    ([5, 5, 5, 5],),
    ([1, 2, 2, 3, 3, 3, 10, 11],),
    ([-1, -2, -3, 0, 2],),
    ([rng.randint(-50, 50) for _ in range(60)],),
    ([rng.randint(-V, V) for _ in range(1000)],),
    (shuffled(range(-N // 2, N // 2)),),
    (list(range(N, 0, -1)),),
    ([rng.randint(-V, V) for _ in range(N * 4 // 5)],),
    (shuffled([x for x in range(N // 2)] * 2),),
    (shuffled([2 * x for x in range(N)]),),
    (shuffled(list(range(V - 40000 + 1, V + 1)) + list(range(-V, -V + 40000))),),
]
FunctionProblem(__file__, 'longestConsecutive', ['int[]'], 'int', validate=validate).write(cases)
