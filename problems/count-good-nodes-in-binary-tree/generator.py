#!/usr/bin/env python3
"""Writes tests/ for count-good-nodes-in-binary-tree (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261207)
N, V = 10**5, 10**4


def validate(root):
    values = [v for v in root if v is not None]
    assert 1 <= len(values) <= N and all(-V <= v <= V for v in values)


def tree(n, lo, hi, shape='random'):
    return random_tree_level(rng, n, lambda: rng.randint(lo, hi), shape)


def chain(values, side='right'):
    """A one-sided chain holding values from the root down."""
    root = cur = TreeNode(values[0])
    for v in values[1:]:
        node = TreeNode(v)
        setattr(cur, side, node)
        cur = node
    return tree_level(root)


cases = [
    ([3, 1, 4, 3, None, 1, 5],),
    ([3, 3, None, 4, 2],),
    ([1],),
    ([-V],),
    ([2, 1, 3],),
    ([5, 4, 6, 3, 8, 5, 7],),
    ([2, None, 4, 10, 8, None, None, 4],),
    ([1, 5, None, 2, None, 7],),
    (chain([5, 4, 3, 2, 1], 'left'),),
    (tree(20, -5, 5),),
    (tree(500, -100, 100),),
    (tree(5000, -V, V),),
    (tree(3000, 0, 0, 'zigzag'),),
    # a nondecreasing chain: every node is good and every path is long
    (chain(sorted(rng.randint(-V, V) for _ in range(50000))),),
    (chain(sorted((rng.randint(-V, V) for _ in range(20000)), reverse=True), 'left'),),
    (tree(N, -V, V, 'complete'),),
    (tree(25000, -V, V),),
    (tree(30000, -3, 3),),
]
FunctionProblem(__file__, 'goodNodes', ['TreeNode'], 'int', validate=validate).write(cases)
