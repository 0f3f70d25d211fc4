#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(8)
N, V = 10**5, 10**4


def validate(nums, k):
    assert 1 <= len(nums) <= N and all(-V <= x <= V for x in nums) and 1 <= k <= len(nums)


def ri(n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


big = ri(N)
cases = [
    ([1, 3, -1, -3, 5, 3, 6, 7], 3),
    ([1], 1),
    ([1, -1], 1),
    ([1, -1], 2),
    ([9, 11], 2),
    ([4, -2], 2),
    ([7, 2, 4], 2),
    ([1, 3, 1, 2, 0, 5], 3),
    ([5, 5, 5, 5], 2),
    (ri(1000), 10),
    (big, 1),
    (big, N),
    (big, 1000),
    (big, 50000),
    (list(range(-50000 // 5, 50000 // 5)) * 5, 777),
    ([V - i * 2 * V // N for i in range(N)], 300),
    (ri(N, -2, 2), 3),
]
FunctionProblem(__file__, 'maxSlidingWindow', ['int[]', 'int'], 'int[]', validate=validate).write(cases)
