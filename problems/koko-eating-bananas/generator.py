#!/usr/bin/env python3
"""Writes tests/ for koko-eating-bananas (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261212)
N, V = 10**4, 10**9


def validate(piles, h):
    assert 1 <= len(piles) <= N and len(piles) <= h <= V and all(1 <= p <= V for p in piles)


cases = [
    ([3, 6, 7, 11], 8),
    ([30, 11, 23, 4, 20], 5),
    ([30, 11, 23, 4, 20], 6),
    ([1], 1),
    ([1], V),
    ([V], 1),
    ([V], 2),
    ([V], V),
    ([V, V], 3),
    ([312884470], 312884469),
    ([rng.randint(1, 100) for _ in range(20)], 40),
    ([rng.randint(1, V) for _ in range(1000)], 5000),
    ([V] * N, N),
    ([V] * N, V),
    ([rng.randint(1, V) for _ in range(N)], N + 1),
    ([rng.randint(1, V) for _ in range(N)], 10**6),
    ([1] * N, N),
    ([rng.randint(V // 2, V) for _ in range(N)], 3 * N),
]
FunctionProblem(__file__, 'minEatingSpeed', ['int[]', 'int'], 'int', validate=validate).write(cases)
