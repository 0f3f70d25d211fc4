#!/usr/bin/env python3
"""Writes tests/ for combination-sum-ii (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261215)


def validate(candidates, target):
    assert 1 <= len(candidates) <= 100 and all(1 <= c <= 50 for c in candidates) and 1 <= target <= 30


def canon(result):
    return sorted(sorted(c) for c in result)


def rand(n, lo, hi):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([10, 1, 2, 7, 6, 1, 5], 8),
    ([2, 5, 2, 1, 2], 5),
    ([1], 1),
    ([2], 1),
    ([1, 1], 2),
    ([1, 1, 1], 2),
    ([3, 1, 3, 5, 1, 1], 8),
    ([50, 40, 31], 30),
    ([4, 4, 2, 1, 4, 2, 2, 1, 3], 6),
    ([14, 6, 25, 9, 30, 20, 33, 34, 28, 30, 16, 12, 31, 9, 9, 12, 34, 16, 25, 32, 8, 7, 30, 12, 33, 20, 21, 29, 24, 17, 27, 34, 11, 17, 30, 6, 32, 21, 27, 17, 16, 8, 24, 12, 12, 28, 11, 33, 10, 32, 22, 13, 34, 18, 12], 27),
    (rand(20, 1, 10), 15),
    (rand(100, 1, 50), 30),
    (rand(100, 1, 5), 30),
    ([1] * 100, 30),
    ([1] * 50 + [2] * 50, 30),
    (list(range(1, 31)) * 3 + list(range(1, 11)), 30),
    ([2] * 100, 29),
    (rand(100, 1, 3), 30),
]
FunctionProblem(__file__, 'combinationSum2', ['int[]', 'int'], 'int[][]', canon=canon, validate=validate).write(cases)
