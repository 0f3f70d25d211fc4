#!/usr/bin/env python3
"""Writes tests/ for maximum-depth-of-binary-tree (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20240604)
N, V = 10**4, 100


def val():
    return rng.randint(-V, V)


def validate(root):
    nodes = [v for v in root if v is not None]
    assert len(nodes) <= N and all(-V <= v <= V for v in nodes)


cases = [
    ([3, 9, 20, None, None, 15, 7],),
    ([1, None, 2],),
    ([],),
    ([0],),
    ([1, 2],),
    ([1, 2, 3, 4, 5, 6, 7],),
    ([1, 2, 3, 4, None, None, 5, 6, None, None, 7],),
    ([-100, None, 100, None, -100],),
    (random_tree_level(rng, 30, val),),
    (random_tree_level(rng, 1000, val, 'complete'),),
    (random_tree_level(rng, 100, val, 'zigzag'),),
    (random_tree_level(rng, N, val),),
    (random_tree_level(rng, N, val, 'complete'),),
    (random_tree_level(rng, N, val, 'left'),),
    (random_tree_level(rng, N, val, 'right'),),
    (random_tree_level(rng, N, val, 'zigzag'),),
]
FunctionProblem(__file__, 'maxDepth', ['TreeNode'], 'int', validate=validate).write(cases)
