#!/usr/bin/env python3
"""Writes tests/ for kth-smallest-element-in-a-bst (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261207)
N, V = 10**4, 10**4


def validate(root, k):
    vals = [v for v in root if v is not None]
    assert 1 <= k <= len(vals) <= N and all(0 <= v <= V for v in vals)


def bst(n, mode):
    return bst_level(sorted(rng.sample(range(V + 1), n)), rng, mode)


big_random = bst(N, 'random')
cases = [
    ([3, 1, 4, None, 2], 1),
    ([5, 3, 6, 2, 4, None, None, 1], 3),
    ([1], 1),
    ([2, 1], 2),
    ([1, None, 2], 1),
    ([V, 0], 1),
    ([5, 3, 6, 2, 4, None, None, 1], 6),
    (bst(20, 'balanced'), 7),
    (bst(100, 'random'), 50),
    (bst(1000, 'random'), 1000),
    (big_random, 1),
    (big_random, N),
    (big_random, N // 2),
    (bst(N, 'balanced'), 4321),
    (bst_level(list(range(2000)), rng, 'chain'), 1999),
    (bst_level(list(range(2000, 0, -1))[::-1], rng, 'chain'), 1),
]
FunctionProblem(__file__, 'kthSmallest', ['TreeNode', 'int'], 'int', validate=validate).write(cases)
