#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1001)


def validate(a, b):
    for x in (a, b):
        assert 0 <= len(x) <= 50 and all(-100 <= v <= 100 for v in x) and x == sorted(x)


def sl(n, lo=-100, hi=100):
    return sorted(rng.randint(lo, hi) for _ in range(n))


cases = [
    ([1, 2, 4], [1, 3, 4]),
    ([], []),
    ([], [0]),
    ([5], []),
    ([1], [2]),
    ([2], [1]),
    ([1, 1, 1], [1, 1]),
    ([1, 2, 3], [4, 5, 6]),
    ([4, 5, 6], [1, 2, 3]),
    ([-100, 100], [0]),
    ([-5, -3, -1], [-4, -2, 0, 2]),
    (sl(50), sl(50)),
    (sl(50, -100, 0), sl(50, 0, 100)),
    (sl(50), []),
    (sl(10, -3, 3), sl(40, -3, 3)),
    ([7] * 50, [7] * 50),
    (sl(1), sl(49)),
]
FunctionProblem(__file__, 'mergeTwoLists', ['ListNode', 'ListNode'], 'ListNode', validate=validate).write(cases)
