#!/usr/bin/env python3
"""Writes tests/ for two-sum-ii-input-array-is-sorted (run with /usr/bin/python3). Every test has exactly one answer."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261201)
N, V = 3 * 10**4, 1000


def validate(numbers, target):
    assert 2 <= len(numbers) <= N and all(-V <= x <= V for x in numbers) and -V <= target <= V
    assert numbers == sorted(numbers)
    pairs, seen = 0, {}
    for x in numbers:
        pairs += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    assert pairs == 1, 'exactly one pair must add up to the target'


def unique(n, target, a, lo=-V, hi=V):
    """n sorted values in [lo, hi] holding a and target - a once each; no other pair adds up to target."""
    b = target - a
    count = Counter([a, b])
    values = [a, b]
    while len(values) < n:
        x = rng.randint(lo, hi)
        if count[target - x] or x == a or x == b:
            continue
        count[x] += 1
        values.append(x)
    return sorted(values)


cases = [
    ([2, 7, 11, 15], 9),
    ([2, 3, 4], 6),
    ([-1, 0], -1),
    ([1, 2], 3),
    ([5, 5], 10),
    ([-V, V], 0),
    ([0, 0, 3, 4], 0),
    ([-3, -1, 0, 2, 4, 5], 6),
    ([1, 1, 1, 1, 1, 4, 9], 13),
    (unique(100, 17, 8, -50, 50), 17),
    (unique(2000, -V, -V, -V, V), -V),
    # the pair at the very end: trying every pair scans about n^2 / 2 sums
    (sorted([rng.randint(-V, -1) for _ in range(N - 2)] + [0, V]), V),
    # the pair at both ends
    ([-V] + sorted(rng.randint(1, V - 1) for _ in range(N - 2)) + [V], 0),
    # the pair at the very start
    ([-V, 0] + sorted(rng.randint(1, V) for _ in range(N - 2)), -V),
    (unique(N, 0, -7), 0),
    (unique(N, V, 500), V),
    (unique(N, -1, -1, -V, V), -1),
    ([-2] * (N // 2 - 1) + [-1, 1] + [3] * (N // 2 - 1), 0),
]
FunctionProblem(__file__, 'twoSum', ['int[]', 'int'], 'int[]', validate=validate).write(cases)
