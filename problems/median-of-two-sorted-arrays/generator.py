#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(25)
V = 10**6


def validate(a, b):
    assert 0 <= len(a) <= 1000 and 0 <= len(b) <= 1000 and 1 <= len(a) + len(b)
    for x in (a, b):
        assert all(-V <= v <= V for v in x) and x == sorted(x)


def sr(n, lo=-V, hi=V):
    return sorted(rng.randint(lo, hi) for _ in range(n))


cases = [
    ([1, 3], [2]),
    ([1, 2], [3, 4]),
    ([], [1]),
    ([2], []),
    ([0, 0], [0, 0]),
    ([], [2, 3]),
    ([1], [2]),
    ([-V], [V]),
    ([1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]),
    ([6, 7, 8, 9, 10, 11], [1, 2, 3]),
    ([1, 3, 5, 7], [2, 4, 6, 8]),
    (sr(1000), sr(1000)),
    (sr(1000), sr(999)),
    (sr(1000), []),
    (sr(1, V - 10, V), sr(1000, -V, -V + 10)),
    (sr(1000, -5, 5), sr(1000, -5, 5)),
    (sr(3), sr(1000)),
    ([V - 1, V], [V - 2, V]),
]
FunctionProblem(__file__, 'findMedianSortedArrays', ['int[]', 'int[]'], 'double', validate=validate).write(cases)
