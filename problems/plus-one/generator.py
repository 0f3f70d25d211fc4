#!/usr/bin/env python3
"""Writes tests/ for plus-one (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261229)
N = 100


def validate(digits):
    assert 1 <= len(digits) <= N and all(0 <= d <= 9 for d in digits)
    assert digits[0] != 0 or digits == [0]


def number(n):
    return [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(n - 1)]


cases = [
    ([1, 2, 3],),
    ([4, 3, 2, 1],),
    ([9],),
    ([0],),
    ([1, 9],),
    ([9, 9],),
    ([8, 9, 9, 9],),
    ([1, 0, 0],),
    ([2, 9, 0, 9],),
    (number(20),),
    (number(N),),
    ([9] * N,),
    ([1] + [9] * (N - 1),),
    ([9] * (N - 1) + [8],),
    (number(N - 5) + [9] * 5,),
    ([1] + [0] * (N - 1),),
]
FunctionProblem(__file__, 'plusOne', ['int[]'], 'int[]', validate=validate).write(cases)
