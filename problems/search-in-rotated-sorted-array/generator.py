#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(4711)
V = 10**4


def validate(nums, target):
    n = len(nums)
    assert 1 <= n <= 5000 and all(-V <= x <= V for x in nums) and -V <= target <= V
    assert len(set(nums)) == n
    drops = sum(nums[i] > nums[(i + 1) % n] for i in range(n))
    assert drops <= 1


def rotated(n, r=None):
    a = sorted(rng.sample(range(-V, V + 1), n))
    if r is None:
        r = rng.randrange(n)
    return a[r:] + a[:r]


big = rotated(5000, 3217)
big2 = rotated(5000, 1)
big3 = rotated(5000, 4999)
mid = rotated(1000)
missing = next(x for x in range(-V, V + 1) if x not in set(big))
cases = [
    ([4, 5, 6, 7, 0, 1, 2], 0),
    ([4, 5, 6, 7, 0, 1, 2], 3),
    ([1], 0),
    ([1], 1),
    ([1, 3], 3),
    ([3, 1], 1),
    ([3, 1], 3),
    ([5, 1, 3], 5),
    ([5, 1, 3], 3),
    ([1, 2, 3, 4, 5], 4),
    ([6, 7, 8, 1, 2, 3, 4, 5], 8),
    (big, big[0]),
    (big, big[4000]),
    (big, missing),
    (big2, big2[-1]),
    (big3, big3[2500]),
    (rotated(5000, 0), V),
    (mid, mid[rng.randrange(1000)]),
]
FunctionProblem(__file__, 'search', ['int[]', 'int'], 'int', validate=validate).write(cases)
