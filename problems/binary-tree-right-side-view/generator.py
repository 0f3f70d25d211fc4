#!/usr/bin/env python3
"""Writes tests/ for binary-tree-right-side-view (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261206)
N, V = 100, 100
val = lambda: rng.randint(-V, V)


def validate(root):
    assert sum(v is not None for v in root) <= N and all(v is None or -V <= v <= V for v in root)


cases = [
    ([1, 2, 3, None, 5, None, 4],),
    ([1, 2, 3, 4],),
    ([],),
    ([1, None, 3],),
    ([7],),
    ([1, 2],),
    ([-V, V, -V],),
    ([1, 2, 3, 4, 5, 6, 7, 8],),
    ([1, 2, 3, None, 5, None, None, 6, None, None, 7],),
    (random_tree_level(rng, 15, val),),
    (random_tree_level(rng, 40, val),),
    (random_tree_level(rng, N, val),),
    (random_tree_level(rng, N, val, 'left'),),
    (random_tree_level(rng, N, val, 'right'),),
    (random_tree_level(rng, N, val, 'zigzag'),),
    (random_tree_level(rng, N, val, 'complete'),),
    (random_tree_level(rng, N, lambda: 0),),
]
FunctionProblem(__file__, 'rightSideView', ['TreeNode'], 'int[]', validate=validate).write(cases)
