#!/usr/bin/env python3
"""Writes tests/ for best-time-to-buy-and-sell-stock (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20240101)
N, V = 10**5, 10**4


def validate(prices):
    assert 1 <= len(prices) <= N and all(0 <= p <= V for p in prices)


cases = [
    ([7, 1, 5, 3, 6, 4],),
    ([7, 6, 4, 3, 1],),
    ([2, 4, 1],),
    ([5],),
    ([1, 2],),
    ([2, 1],),
    ([3, 3, 3, 3],),
    ([0, V],),
    ([9, 2, 8, 1, 3],),
    ([rng.randint(0, 20) for _ in range(30)],),
    ([rng.randint(0, V) for _ in range(1000)],),
    ([i % (V + 1) for i in range(N)],),
    ([V - (i * V // (N - 1)) for i in range(N)],),
    ([rng.randint(0, V) for _ in range(N)],),
    ([V if i < N // 2 else rng.randint(0, 10) for i in range(N - 1)] + [V],),
    ([(V // 2 + (i % 2) * 7) for i in range(N)],),
]
FunctionProblem(__file__, 'maxProfit', ['int[]'], 'int', validate=validate).write(cases)
