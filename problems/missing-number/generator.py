#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(55)
N = 10**4


def validate(nums):
    n = len(nums)
    assert 1 <= n <= N and len(set(nums)) == n and all(0 <= x <= n for x in nums)


def make(n, missing=None, shuffle=True):
    if missing is None:
        missing = rng.randint(0, n)
    a = [x for x in range(n + 1) if x != missing]
    if shuffle:
        rng.shuffle(a)
    return a


cases = [
    ([3, 0, 1],),
    ([0, 1],),
    ([9, 6, 4, 2, 3, 5, 7, 0, 1],),
    ([0],),
    ([1],),
    ([1, 2],),
    ([2, 0],),
    (make(10, 5, shuffle=False),),
    (make(100),),
    (make(1000, 0),),
    (make(N),),
    (make(N, N),),
    (make(N, 0),),
    (make(N, N // 2, shuffle=False),),
    (make(N - 1),),
    (make(5000, 1),),
]
FunctionProblem(__file__, 'missingNumber', ['int[]'], 'int', validate=validate).write(cases)
