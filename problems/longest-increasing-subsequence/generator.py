#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(2500)
N, V = 2500, 10**4


def validate(nums):
    assert 1 <= len(nums) <= N and all(-V <= x <= V for x in nums)


def ri(n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([10, 9, 2, 5, 3, 7, 101, 18],),
    ([0, 1, 0, 3, 2, 3],),
    ([7, 7, 7, 7, 7, 7, 7],),
    ([5],),
    ([1, 2],),
    ([2, 1],),
    ([4, 10, 4, 3, 8, 9],),
    ([1, 3, 6, 7, 9, 4, 10, 5, 6],),
    (ri(100),),
    (ri(N),),
    (ri(N, 0, 10),),
    (list(range(-V, -V + N)),),
    (list(range(V, V - N, -1)),),
    ([x for i in range(N // 2) for x in (i, i)],),
    ([(i % 50) * 10 + i // 50 for i in range(N)],),
    ([-V, V] * (N // 2),),
    (sorted(ri(N)),),
]
FunctionProblem(__file__, 'lengthOfLIS', ['int[]'], 'int', validate=validate).write(cases)
