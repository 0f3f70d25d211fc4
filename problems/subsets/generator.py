#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1024)


def validate(nums):
    assert 1 <= len(nums) <= 10 and all(-10 <= x <= 10 for x in nums) and len(set(nums)) == len(nums)


def canon(res):
    # Canonical form for the .out file: each subset ascending; subsets by size, then content.
    return sorted((sorted(s) for s in res), key=lambda s: (len(s), s))


cases = [
    ([1, 2, 3],),
    ([0],),
    ([-10],),
    ([1, 2],),
    ([2, 1],),
    ([3, -1, 0],),
    ([5, 4, 3, 2],),
    (rng.sample(range(-10, 11), 5),),
    (rng.sample(range(-10, 11), 6),),
    (rng.sample(range(-10, 11), 7),),
    (rng.sample(range(-10, 11), 8),),
    (rng.sample(range(-10, 11), 9),),
    (rng.sample(range(-10, 11), 10),),
    (list(range(10)),),
    (list(range(-10, 0))[::-1],),
    ([10, -10, 0, 7, -7, 3, -3, 1, -1, 9],),
]
FunctionProblem(__file__, 'subsets', ['int[]'], 'int[][]', canon=canon, validate=validate).write(cases)
