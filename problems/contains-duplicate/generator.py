#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(217)
N, V = 10**5, 10**9


def validate(nums):
    assert 1 <= len(nums) <= N and all(-V <= x <= V for x in nums)


def distinct(n, lo, hi):
    return rng.sample(range(lo, hi + 1), n)


big = distinct(N, -5 * 10**5, 5 * 10**5)
big_dup = big[:]
big_dup[-1] = big_dup[0]
spread = distinct(60000, -V, V)
spread_dup = spread[:]
spread_dup[30000] = spread_dup[12345]
cases = [
    ([1, 2, 3, 1],),
    ([1, 2, 3, 4],),
    ([1, 1, 1, 3, 3, 4, 3, 2, 4, 2],),
    ([7],),
    ([0, 0],),
    ([-V, V],),
    ([V, -V, V],),
    ([5, 4, 3, 2, 1, 5],),
    (distinct(1000, -2000, 2000),),
    ([rng.randint(-100, 100) for _ in range(500)],),
    (big,),
    (big_dup,),
    (spread,),
    (spread_dup,),
    ([3] * N,),
    ([i for i in range(N - 1)] + [N - 2],),
]
FunctionProblem(__file__, 'containsDuplicate', ['int[]'], 'bool', validate=validate).write(cases)
