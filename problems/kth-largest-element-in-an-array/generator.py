#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(2020)
N, V = 10**5, 10**4


def validate(nums, k):
    assert 1 <= k <= len(nums) <= N and all(-V <= x <= V for x in nums)


def ri(n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([3, 2, 1, 5, 6, 4], 2),
    ([3, 2, 3, 1, 2, 4, 5, 5, 6], 4),
    ([1], 1),
    ([2, 1], 2),
    ([2, 1], 1),
    ([-1, -1], 2),
    ([5, 5, 5, 5], 3),
    ([7, -3, 9, 0, 2], 5),
    (ri(1000), 500),
    (ri(N), 1),
    (ri(N), N),
    (ri(N), N // 2),
    (ri(N, -3, 3), 77777),
    ([1] * N, 12345),
    (list(range(-50000 // 5, 50000 // 5)) * 5, 3),
    (sorted(ri(N)), 99999),
    (sorted(ri(N), reverse=True), 2),
]
FunctionProblem(__file__, 'findKthLargest', ['int[]', 'int'], 'int', validate=validate).write(cases)
