#!/usr/bin/env python3
"""Writes tests/ for target-sum (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270108)


def validate(nums, target):
    assert 1 <= len(nums) <= 20 and all(0 <= x <= 1000 for x in nums) and sum(nums) <= 1000 and -1000 <= target <= 1000


def rand(n, total):
    cuts = sorted(rng.randint(0, total) for _ in range(n - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


cases = [
    ([1, 1, 1, 1, 1], 3),
    ([1], 1),
    ([1], 2),
    ([0], 0),
    ([0, 0, 0], 0),
    ([1000], -1000),
    ([2, 3], -1),
    ([1, 2, 1], 0),
    ([0, 0, 1], 1),
    ([1] * 20, 0),
    ([1] * 20, 20),
    ([0] * 20, 0),
    ([50] * 20, 100),
    (rand(20, 1000), 0),
    (rand(20, 1000), 200),
    (rand(20, 40), 2),
    (rand(10, 1000), -7),
    ([1, 2, 4, 8, 16, 32, 64, 128, 256, 489], 1000),
]
FunctionProblem(__file__, 'findTargetSumWays', ['int[]', 'int'], 'int', validate=validate).write(cases)
