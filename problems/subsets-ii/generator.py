#!/usr/bin/env python3
"""Writes tests/ for subsets-ii (run with /usr/bin/python3). The checker ignores order; the .out is sorted."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261228)


def validate(nums):
    assert 1 <= len(nums) <= 10 and all(-10 <= x <= 10 for x in nums)


def canon(result):
    return sorted(sorted(s) for s in result)


cases = [
    ([1, 2, 2],),
    ([0],),
    ([5, 5],),
    ([1, 2],),
    ([4, 4, 4, 1, 4],),
    ([-1, 1, 2, -1, 2],),
    ([10, -10, 0],),
    ([3] * 10,),
    (list(range(-5, 5)),),
    ([rng.randint(-2, 2) for _ in range(10)],),
    ([rng.randint(-10, 10) for _ in range(10)],),
    ([2, 1, 2, 1, 3, 3, 1, 2, 3, 1],),
    ([rng.randint(0, 1) for _ in range(10)],),
    ([7, 7, 7, 7, 7, 6, 6, 6, 6, 6],),
    ([rng.randint(-10, 10) for _ in range(6)],),
]
FunctionProblem(__file__, 'subsetsWithDup', ['int[]'], 'int[][]', canon=canon, validate=validate).write(cases)
