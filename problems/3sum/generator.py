#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(333)
V = 10**5


def validate(nums):
    assert 3 <= len(nums) <= 3000 and all(-V <= x <= V for x in nums)


def canon(res):
    # Canonical form for the .out file: each triplet ascending, triplets sorted.
    return sorted(sorted(t) for t in res)


def ri(n, lo, hi):
    return [rng.randint(lo, hi) for _ in range(n)]


pos = rng.sample(range(50001, V + 1), 1499)
neg = [-x for x in rng.sample(pos, 300)] + [-x for x in rng.sample(range(50001, V + 1), 1199)]
near_miss = pos + neg + [0, 0]
rng.shuffle(near_miss)
cases = [
    ([-1, 0, 1, 2, -1, -4],),
    ([0, 1, 1],),
    ([0, 0, 0],),
    ([0, 0, 0, 0, 0],),
    ([1, 2, 3],),
    ([-1, -2, -3],),
    ([-2, 0, 1, 1, 2],),
    ([3, -2, 1, 0],),
    ([-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6],),
    ([-V, V, 0, -V, V],),
    (ri(50, -10, 10),),
    (ri(300, -50, 50),),
    (ri(3000, -V, V),),
    (ri(3000, -V, V),),
    (ri(3000, -200, 200),),
    ([0] * 3000,),
    (list(range(1, 3001)),),
    (near_miss,),
]
FunctionProblem(__file__, 'threeSum', ['int[]'], 'int[][]', canon=canon, validate=validate).write(cases)
