#!/usr/bin/env python3
"""Writes tests/ for kth-largest-element-in-a-stream (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261210)
N, V, CALLS = 10**4, 10**4, 10**4


def validate(ops, args):
    assert ops[0] == 'KthLargest' and len(ops) == len(args) and len(ops) - 1 <= CALLS
    k, nums = args[0]
    assert 1 <= k <= N and 0 <= len(nums) <= N and all(-V <= x <= V for x in nums)
    count = len(nums)
    for op, a in zip(ops[1:], args[1:]):
        assert op == 'add' and len(a) == 1 and -V <= a[0] <= V
        count += 1
        assert count >= k, 'add called with fewer than k scores'


def case(k, nums, vals):
    return ['KthLargest'] + ['add'] * len(vals), [[k, nums]] + [[v] for v in vals]


def rnd(n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    case(3, [4, 5, 8, 2], [3, 5, 10, 9, 4]),
    case(1, [], [-3, -2, -4, 0, 4]),
    case(1, [5], [1]),
    case(2, [0], [-1, 1, -2, -4, 3]),
    case(3, [1, 1], [1, 1, 2]),
    case(4, [7, 7, 7, 7, 8, 3], [2, 10, 9, 9]),
    case(2, [V, -V], [0, V, -V]),
    case(5, rnd(20, -10, 10), rnd(30, -10, 10)),
    case(100, rnd(500), rnd(500)),
    case(1, rnd(N), rnd(CALLS)),
    case(N, rnd(N - 1), rnd(CALLS)),
    case(N // 2, rnd(N), rnd(CALLS)),
    case(N, rnd(N), list(range(V, V - CALLS, -1))),
    case(5000, list(range(-V, -V + N)), list(range(CALLS // 2, -CALLS // 2, -1))),
    case(1, [], rnd(CALLS)),
    case(N, [0] * (N - 1), [V] * CALLS),
]
DesignProblem(__file__, 'KthLargest', validate=validate).write(cases)
