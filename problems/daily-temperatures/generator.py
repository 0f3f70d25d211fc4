#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(73)
N = 10**5


def validate(t):
    assert 1 <= len(t) <= N and all(30 <= x <= 100 for x in t)


def rt(n, lo=30, hi=100):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([73, 74, 75, 71, 69, 72, 76, 73],),
    ([30, 40, 50, 60],),
    ([30, 60, 90],),
    ([50],),
    ([100, 30],),
    ([30, 30, 30, 31],),
    ([100, 99, 98, 97],),
    ([55, 38, 53, 81, 61, 93, 97, 32, 43, 78],),
    (rt(50),),
    (rt(1000, 30, 35),),
    (rt(N),),
    ([100 - (i * 70 // N) for i in range(N)],),
    ([30 + (i * 70 // N) for i in range(N)],),
    ([99] * (N - 1) + [100],),
    ([30 if i % 2 else 100 for i in range(N)],),
    ([100] + [30 + i % 70 for i in range(N - 1)],),
]
FunctionProblem(__file__, 'dailyTemperatures', ['int[]'], 'int[]', validate=validate).write(cases)
