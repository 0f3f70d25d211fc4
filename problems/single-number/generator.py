#!/usr/bin/env python3
"""Writes tests/ for single-number (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261214)
N, V = 3 * 10**4, 3 * 10**4


def validate(nums):
    assert 1 <= len(nums) <= N and all(-V <= x <= V for x in nums)
    counts = Counter(nums)
    assert sorted(counts.values()).count(1) == 1 and all(c in (1, 2) for c in counts.values())


def make(pairs, lone, shuffle=True):
    vals = [v for v in rng.sample([x for x in range(-V, V + 1) if x != lone], pairs)]
    out = vals + vals + [lone]
    if shuffle:
        rng.shuffle(out)
    return out


cases = [
    ([2, 2, 1],),
    ([4, 1, 2, 1, 2],),
    ([1],),
    ([-V],),
    ([V, -V, V],),
    ([0, 5, 5],),
    ([-1, -1, -2],),
    ([7, 3, 7],),
    (make(10, 0),),
    (make(500, -12345),),
    (make((N - 1) // 2, V),),
    (make((N - 1) // 2, -V),),
    (make((N - 1) // 2, 0),),
    (sorted(make((N - 1) // 2, 17)),),
    (make((N - 1) // 2, 1, shuffle=False),),
    (make(1000, 29999),),
]
FunctionProblem(__file__, 'singleNumber', ['int[]'], 'int', validate=validate).write(cases)
