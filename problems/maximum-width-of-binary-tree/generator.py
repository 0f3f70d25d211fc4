#!/usr/bin/env python3
"""Writes tests/ for maximum-width-of-binary-tree (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261209)
N, V = 3000, 100


def width(level):
    root = build_tree(level)
    best, row = 0, [(root, 0)]
    while row:
        best = max(best, row[-1][1] - row[0][1] + 1)
        row = [(c, 2 * p + k) for n, p in row for k, c in enumerate((n.left, n.right)) if c]
    return best


def validate(root):
    values = [v for v in root if v is not None]
    assert 1 <= len(values) <= N and all(-V <= v <= V for v in values)
    assert width(root) < 2**31, 'the answer must fit in 32 bits'


def val():
    return rng.randint(-V, V)


def tree(n, shape='random'):
    return random_tree_level(rng, n, val, shape)


def spread(depth, tail):
    """A left chain and a right chain `depth` deep (width 2^depth), then a long chain below one leaf."""
    root = TreeNode(val())
    left = right = root
    for _ in range(depth):
        left.left = TreeNode(val())
        left = left.left
        right.right = TreeNode(val())
        right = right.right
    cur = left
    for i in range(tail):
        node = TreeNode(val())
        if i % 2:
            cur.left = node
        else:
            cur.right = node
        cur = node
    return tree_level(root)


def deep_then_wide(depth):
    """A zigzag chain `depth` deep whose last node has two children: positions overflow unless normalized."""
    root = cur = TreeNode(val())
    for i in range(depth):
        node = TreeNode(val())
        if i % 3 == 0:
            cur.left = node
        else:
            cur.right = node
        cur = node
    cur.left, cur.right = TreeNode(val()), TreeNode(val())
    return tree_level(root)


cases = [
    ([1, 3, 2, 5, 3, None, 9],),
    ([1, 3, 2, 5, None, None, 9, 6, None, 7],),
    ([1, 3, 2, 5],),
    ([1],),
    ([1, 2],),
    ([1, None, 2],),
    ([1, 2, 3],),
    ([1, 1, 1, 1, None, None, 1, 1, None, None, 1],),
    ([0, 0, 0, None, 0, 0, None, None, 0, 0],),
    (tree(15),),
    (tree(200),),
    (tree(N),),
    (tree(N - 1, 'complete'),),
    (tree(N, 'zigzag'),),
    (tree(N, 'left'),),
    (spread(30, N - 61),),
    (spread(10, 500),),
    (deep_then_wide(N - 3),),
    (tree(2047, 'complete'),),
]
FunctionProblem(__file__, 'widthOfBinaryTree', ['TreeNode'], 'int', validate=validate).write(cases)
