#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1111)
N, V = 2 * 10**4, 10**5


def validate(h):
    assert 1 <= len(h) <= N and all(0 <= x <= V for x in h)


def ri(n, lo=0, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


mountain = [min(i, N - 1 - i) * 10 for i in range(N)]
valley = [abs(N // 2 - i) * 10 for i in range(N)]
cases = [
    ([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1],),
    ([4, 2, 0, 3, 2, 5],),
    ([5],),
    ([0],),
    ([3, 0],),
    ([2, 0, 2],),
    ([1, 2, 3, 4, 5],),
    ([5, 4, 1, 2],),
    ([0, 0, 0, 0],),
    ([5, 2, 1, 2, 1, 5],),
    (ri(100, 0, 10),),
    (ri(N),),
    (mountain,),
    (valley,),
    ([V] + [0] * (N - 2) + [V],),
    ([V if i % 2 == 0 else 0 for i in range(N)],),
    (ri(N, 0, 3),),
    ([V] + ri(N - 2, 0, V // 2) + [V - 1],),
]
FunctionProblem(__file__, 'trap', ['int[]'], 'int', validate=validate).write(cases)
