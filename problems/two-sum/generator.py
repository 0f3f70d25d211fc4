#!/usr/bin/env python3
"""Writes tests/ for two-sum (run with /usr/bin/python3). Every test has exactly one answer."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20240601)
N, V = 10**4, 10**9


def validate(nums, target):
    assert 2 <= len(nums) <= N and all(-V <= x <= V for x in nums) and -V <= target <= V
    pairs, seen = 0, {}
    for x in nums:
        pairs += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    assert pairs == 1, 'exactly one pair must add up to the target'


def unique(n, target, i, j, a, lo=-V, hi=V):
    """n values in [lo, hi]; only positions i < j (holding a and target - a) add up to target."""
    b = target - a
    used = {a, b}
    rest = []
    while len(rest) < n - 2:
        x = rng.randint(lo, hi)
        if x in used or target - x in used or x * 2 == target:
            continue
        used.add(x)
        rest.append(x)
    rest.insert(i, a)
    rest.insert(j, b)
    return rest


i, j = sorted(rng.sample(range(N), 2))
cases = [
    ([2, 7, 11, 15], 9),
    ([3, 2, 4], 6),
    ([3, 3], 6),
    ([1, 2], 3),
    ([-1, -2, -3, -4, -5], -8),
    ([0, 4, 3, 0], 0),
    ([V, -V, 5], 0),
    ([V, 2, -V + 2], 2),
    ([5, 75, 25], 100),
    ([-3, 4, 3, 90], 0),
    (unique(50, 0, 10, 40, 17, -100, 100), 0),
    (unique(1000, 123456, 0, 999, 1, -V // 2, V // 2), 123456),
    (unique(N, -V, 0, 1, -V // 2, -V, 0), -V),
    (unique(N, V, N - 2, N - 1, V // 2 + 1, 0, V), V),
    (unique(N, 7, i, j, 3), 7),
    (unique(N, 0, 5000, 5001, 0, -V, V), 0),
    (unique(N, -12345, 0, N - 1, -V, -V, V), -12345),
]
FunctionProblem(__file__, 'twoSum', ['int[]', 'int'], 'int[]', validate=validate).write(cases)
