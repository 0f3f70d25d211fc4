#!/usr/bin/env python3
"""Writes tests/ for add-two-numbers (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261208)
N = 100


def validate(l1, l2):
    for l in (l1, l2):
        assert 1 <= len(l) <= N and all(0 <= d <= 9 for d in l)
        assert len(l) == 1 or l[-1] != 0, 'leading zero'


def number(n):
    digits = [rng.randint(0, 9) for _ in range(n - 1)]
    return digits + [rng.randint(1, 9)] if n > 1 else [rng.randint(0, 9)]


cases = [
    ([2, 4, 3], [5, 6, 4]),
    ([0], [0]),
    ([9, 9, 9, 9, 9, 9, 9], [9, 9, 9, 9]),
    ([5], [5]),
    ([1], [9, 9]),
    ([0], [1, 2, 3]),
    ([9], [1]),
    ([1, 8], [0]),
    (number(10), number(3)),
    (number(50), number(50)),
    ([9] * N, [1]),
    ([9] * N, [9] * N),
    (number(N), number(N)),
    (number(N), [0]),
    ([1] + [0] * (N - 2) + [1], [9] * (N - 1)),
    (number(1), number(N)),
]
FunctionProblem(__file__, 'addTwoNumbers', ['ListNode', 'ListNode'], 'ListNode', validate=validate).write(cases)
