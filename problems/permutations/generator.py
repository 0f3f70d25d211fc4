#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(720)


def validate(nums):
    assert 1 <= len(nums) <= 6 and all(-10 <= x <= 10 for x in nums) and len(set(nums)) == len(nums)


def canon(res):
    # Canonical form for the .out file: permutations in lexicographic order.
    return sorted(res)


cases = [
    ([1, 2, 3],),
    ([0, 1],),
    ([1],),
    ([-10],),
    ([2, 1],),
    ([3, 2, 1],),
    ([0, -1, 1],),
    ([1, 2, 3, 4],),
    (rng.sample(range(-10, 11), 4),),
    (rng.sample(range(-10, 11), 5),),
    (rng.sample(range(-10, 11), 5),),
    (rng.sample(range(-10, 11), 6),),
    (rng.sample(range(-10, 11), 6),),
    ([10, -10, 0, 5, -5, 1],),
    ([6, 5, 4, 3, 2, 1],),
    ([-3, -2, -1],),
]
FunctionProblem(__file__, 'permute', ['int[]'], 'int[][]', canon=canon, validate=validate).write(cases)
