#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1234)
N, V = 5 * 10**4, 10**9


def validate(nums):
    n = len(nums)
    assert 1 <= n <= N and all(-V <= x <= V for x in nums)
    assert Counter(nums).most_common(1)[0][1] * 2 > n


def make(n, major, others, extra=1, order='shuffle'):
    k = n // 2 + extra
    a = [major] * k + [rng.choice(others) for _ in range(n - k)]
    if order == 'shuffle':
        rng.shuffle(a)
    elif order == 'back':
        a = a[k:] + a[:k]
    return a


cases = [
    ([3, 2, 3],),
    ([2, 2, 1, 1, 1, 2, 2],),
    ([1],),
    ([-V],),
    ([5, 5],),
    ([6, 5, 5],),
    ([1, 2, 1, 2, 1],),
    (make(11, 7, [1, 2, 3], order='back'),),
    (make(1000, -3, list(range(-10, 10))),),
    (make(N, V, [-V, 0, 1]),),
    (make(N, 0, [rng.randint(-V, V) for _ in range(100)]),),
    (make(N - 1, 42, [rng.randint(-V, V) for _ in range(1000)], order='back'),),
    (make(N, -V, [V], extra=1, order='none'),),
    ([9] * N,),
    ([(4 if i % 2 == 0 else rng.randint(-V, V)) for i in range(N - 1)],),
    (make(N, 17, [16, 18], extra=500),),
]
FunctionProblem(__file__, 'majorityElement', ['int[]'], 'int', validate=validate).write(cases)
