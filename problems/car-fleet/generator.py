#!/usr/bin/env python3
"""Writes tests/ for car-fleet (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270107)
N, T, S = 10**5, 10**6, 10**6


def validate(target, position, speed):
    assert 0 < target <= T and 1 <= len(position) == len(speed) <= N
    assert len(set(position)) == len(position) and all(0 <= p < target for p in position)
    assert all(0 < s <= S for s in speed)


def rand(n, target, smax):
    pos = rng.sample(range(target), n)
    return target, pos, [rng.randint(1, smax) for _ in range(n)]


cases = [
    (12, [10, 8, 0, 5, 3], [2, 4, 1, 1, 3]),
    (10, [3], [3]),
    (100, [0, 2, 4], [4, 2, 1]),
    (10, [0, 4, 2], [2, 1, 3]),
    (10, [6, 8], [3, 2]),
    (10, [0, 5], [1, 1]),
    (10, [5, 0], [1, 2]),
    (10, [8, 3, 7, 4, 6, 5], [4, 4, 4, 4, 4, 4]),
    (T, [0, T - 1], [S, 1]),
    rand(20, 100, 5),
    rand(1000, 10**4, 100),
    rand(N // 2, T, S),
    rand(N // 2, T, 3),
    (T, list(range(N // 2)), list(range(1, N // 2 + 1))),
    (T, list(range(N // 2)), list(range(N // 2, 0, -1))),
    (T, rng.sample(range(T), N // 2), [S] * (N // 2)),
]
FunctionProblem(__file__, 'carFleet', ['int', 'int[]', 'int[]'], 'int', validate=validate).write(cases)
