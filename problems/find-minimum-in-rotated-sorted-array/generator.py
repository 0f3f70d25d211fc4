#!/usr/bin/env python3
"""Writes tests/ for find-minimum-in-rotated-sorted-array (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261205)
N, V = 5000, 5000


def validate(nums):
    assert 1 <= len(nums) <= N and all(-V <= x <= V for x in nums) and len(set(nums)) == len(nums)
    k = nums.index(min(nums))
    assert nums[k:] + nums[:k] == sorted(nums)


def rotated(n, k=None):
    vals = sorted(rng.sample(range(-V, V + 1), n))
    k = rng.randrange(n) if k is None else k % n
    return vals[k:] + vals[:k]


cases = [
    ([3, 4, 5, 1, 2],),
    ([4, 5, 6, 7, 0, 1, 2],),
    ([11, 13, 15, 17],),
    ([1],),
    ([2, 1],),
    ([1, 2],),
    ([-V, V],),
    ([V, -V],),
    ([5, 1, 2, 3, 4],),
    ([2, 3, 4, 5, 1],),
    (rotated(20),),
    (rotated(1000),),
    (rotated(N, 1),),
    (rotated(N, N - 1),),
    (rotated(N, 0),),
    (rotated(N, N // 2),),
    (rotated(N),),
    (rotated(N - 1, 17),),
]
FunctionProblem(__file__, 'findMin', ['int[]'], 'int', validate=validate).write(cases)
