#!/usr/bin/env python3
"""Writes tests/ for jump-game (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261211)
N, V = 10**4, 10**5


def validate(nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= V for x in nums)


cases = [
    ([2, 3, 1, 1, 4],),
    ([3, 2, 1, 0, 4],),
    ([0],),
    ([5],),
    ([0, 1],),
    ([1, 0],),
    ([2, 0, 0],),
    ([1, 0, 1],),
    ([2, 0, 1, 0, 1],),
    ([1, 1, 0, 1],),
    ([rng.randint(0, 3) for _ in range(50)],),
    ([1] * N,),
    ([1] * (N // 2) + [0] + [1] * (N // 2 - 1),),
    ([V] * N,),
    ([N - 1 - i for i in range(N)],),
    ([N - 1 - i for i in range(N - 1)] + [0],),
    ([V] + [0] * (N - 1),),
    ([rng.randint(0, 2) for _ in range(N)],),
    ([N // 2] + [rng.randint(N // 4, N) for _ in range(N - 1)],),
    ([2] * 60 + [0, 0, 1],),
    ([3] * 40 + [0, 0, 0, 5],),
]
FunctionProblem(__file__, 'canJump', ['int[]'], 'bool', validate=validate).write(cases)
