#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(150)


def count(cands, target):
    ways = [1] + [0] * target
    for c in cands:
        for x in range(c, target + 1):
            ways[x] += ways[x - c]
    return ways[target]


def validate(cands, target):
    assert 1 <= len(cands) <= 30 and all(2 <= c <= 40 for c in cands) and len(set(cands)) == len(cands)
    assert 1 <= target <= 40
    assert count(cands, target) < 150, count(cands, target)


def canon(res):
    # Canonical form for the .out file: each combination ascending, combinations sorted.
    return sorted(sorted(c) for c in res)


def pick(n, target, lo=2, hi=40, tries=1000):
    """Random candidate list of size n whose answer count stays below 150 (largest found)."""
    best = None
    for _ in range(tries):
        c = rng.sample(range(lo, hi + 1), n)
        k = count(c, target)
        if k < 150 and (best is None or k > best[0]):
            best = (k, c)
    return (best[1], target)


cases = [
    ([2, 3, 6, 7], 7),
    ([2, 3, 5], 8),
    ([2], 1),
    ([2], 2),
    ([7], 40),
    ([40], 39),
    ([3, 2], 7),
    ([8, 7, 4, 3], 11),
    ([5, 10, 8, 4, 3, 12, 9], 27),
    (list(range(11, 41)), 40),
    (list(range(40, 10, -1)), 33),
    pick(6, 30),
    pick(10, 40, 4, 40),
    (list(range(15, 41)) + [2, 3], 40),
    (list(range(31, 1, -1)), 13),
    pick(15, 35, 5, 40),
    pick(8, 40, 2, 20),
    ([37, 38, 39, 40, 36, 35], 1),
]
FunctionProblem(__file__, 'combinationSum', ['int[]', 'int'], 'int[][]', canon=canon, validate=validate).write(cases)
