#!/usr/bin/env python3
"""Writes tests/ for subarray-sum-equals-k (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261222)
N, V, K = 2 * 10**4, 1000, 10**7


def validate(nums, k):
    assert 1 <= len(nums) <= N and all(-V <= x <= V for x in nums) and -K <= k <= K


def rand(n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([1, 1, 1], 2),
    ([1, 2, 3], 3),
    ([1, -1, 0], 0),
    ([5], 5),
    ([5], -5),
    ([0], 0),
    ([0, 0, 0, 0], 0),
    ([3, 4, 7, 2, -3, 1, 4, 2], 7),
    ([1, 2, 1, 2, 1], 3),
    ([-1, -1, 1], 0),
    (rand(50, -3, 3), 2),
    ([0] * N, 0),
    ([1] * N, 100),
    ([V] * N, K),
    ([-V] * N, -K),
    ([V if i % 2 else -V for i in range(N)], 0),
    (rand(N), 0),
    (rand(N, -5, 5), 3),
    (rand(N, 0, V), 12345),
    (rand(N), K),
]
FunctionProblem(__file__, 'subarraySum', ['int[]', 'int'], 'int', validate=validate).write(cases)
