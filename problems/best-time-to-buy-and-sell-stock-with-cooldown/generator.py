#!/usr/bin/env python3
"""Writes tests/ for best-time-to-buy-and-sell-stock-with-cooldown (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270109)
N, V = 5000, 1000


def validate(prices):
    assert 1 <= len(prices) <= N and all(0 <= p <= V for p in prices)


cases = [
    ([1, 2, 3, 0, 2],),
    ([1],),
    ([5, 4, 3, 2, 1],),
    ([1, 2],),
    ([2, 1, 4],),
    ([1, 2, 4],),
    ([6, 1, 6, 4, 3, 0, 2],),
    ([1, 4, 2, 7],),
    ([3, 3, 5, 0, 0, 3, 1, 4],),
    ([rng.randint(0, 10) for _ in range(30)],),
    ([rng.randint(0, V) for _ in range(1000)],),
    ([rng.randint(0, V) for _ in range(N)],),
    ([V if i % 2 else 0 for i in range(N)],),
    ([V if i % 3 == 1 else 0 for i in range(N)],),
    (list(range(N // 5)) * 5,),
    ([V] * N,),
    ([i % (V + 1) for i in range(N)],),
]
FunctionProblem(__file__, 'maxProfit', ['int[]'], 'int', validate=validate).write(cases)
