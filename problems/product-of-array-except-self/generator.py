#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(271)
LIM = 2**31 - 1


def validate(nums):
    assert 2 <= len(nums) <= 10**5 and all(-30 <= x <= 30 for x in nums)
    p = 1
    for x in nums:
        p *= x
        assert -2**31 <= p <= LIM
    p = 1
    for x in reversed(nums):
        p *= x
        assert -2**31 <= p <= LIM


def make(n, big=10, zeros=0):
    """Mostly +-1 with a few larger factors whose total product stays below 2^31."""
    a = [rng.choice([1, -1]) for _ in range(n)]
    budget = LIM
    pos = rng.sample(range(n), min(n, big + zeros))
    for j, p in enumerate(pos):
        if j < zeros:
            a[p] = 0
            continue
        choices = [x for x in range(2, 31) if x <= budget]
        if not choices:
            break
        x = rng.choice(choices)
        budget //= x
        a[p] = x * rng.choice([1, -1])
    return a


cases = [
    ([1, 2, 3, 4],),
    ([-1, 1, 0, -3, 3],),
    ([2, 3],),
    ([0, 0],),
    ([0, 5],),
    ([-30, 30],),
    ([1, 1, 1, 1],),
    ([2, -3, 0, 4, 0],),
    ([30, 30, 30, 30, 30, 30],),
    ([-2] * 30,),
    (make(20, 5),),
    (make(1000, 8, 1),),
    (make(10**5, 9),),
    (make(10**5, 9, 1),),
    (make(10**5, 9, 2),),
    ([1] * (10**5 - 1) + [-30],),
    ([-1] * 10**5,),
]
FunctionProblem(__file__, 'productExceptSelf', ['int[]'], 'int[]', validate=validate).write(cases)
