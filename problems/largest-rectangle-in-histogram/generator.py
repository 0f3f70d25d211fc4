#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(100000)
N, V = 10**5, 10**4


def validate(h):
    assert 1 <= len(h) <= N and all(0 <= x <= V for x in h)


def ri(n, lo=0, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([2, 1, 5, 6, 2, 3],),
    ([2, 4],),
    ([0],),
    ([7],),
    ([0, 0, 0],),
    ([1, 1],),
    ([2, 1, 2],),
    ([6, 2, 5, 4, 5, 1, 6],),
    ([4, 2, 0, 3, 2, 5],),
    (ri(100, 0, 20),),
    (ri(N),),
    ([V] * N,),
    ([i * V // N for i in range(N)],),
    ([V - i * V // N for i in range(N)],),
    ([i % 100 for i in range(N)],),
    (ri(N, 9990, V),),
    ([1 if i % 2 else V for i in range(N)],),
]
FunctionProblem(__file__, 'largestRectangleArea', ['int[]'], 'int', validate=validate).write(cases)
