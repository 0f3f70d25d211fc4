#!/usr/bin/env python3
"""Writes tests/ for balanced-binary-tree (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261220)
N, V = 5000, 10**4
val = lambda: rng.randint(-V, V)


def validate(root):
    assert sum(v is not None for v in root) <= N and all(v is None or -V <= v <= V for v in root)


def avl(n):
    """A balanced tree of n nodes whose two subtrees differ by one level wherever possible (a Fibonacci-like shape)."""
    def build(h, budget):
        if h <= 0 or budget[0] <= 0:
            return None
        budget[0] -= 1
        node = TreeNode(val())
        node.left = build(h - 1, budget)
        node.right = build(h - 2, budget)
        return node
    h = 1
    while True:
        b = [10**9]
        cnt = [0]
        def size(hh):
            if hh <= 0:
                return 0
            return 1 + size(hh - 1) + size(hh - 2)
        if size(h + 1) > n:
            break
        h += 1
    return tree_level(build(h, [n]))


def top_heavy_deep():
    """Balanced at the root (both sides height 4) but unbalanced deep inside the left subtree."""
    return [1, 2, 3, 4, 5, 6, 7, 8, None, None, None, 12, 13, 14, 15, 16]


cases = [
    ([3, 9, 20, None, None, 15, 7],),
    ([1, 2, 2, 3, 3, None, None, 4, 4],),
    ([],),
    ([1],),
    ([1, 2],),
    ([1, None, 2, None, 3],),
    ([1, 2, 2, 3, None, None, 3, 4, None, None, 4],),
    ([1, 2, 3, 4, 5, None, 6, 7],),
    (top_heavy_deep(),),
    (random_tree_level(rng, 31, val, 'complete'),),
    (random_tree_level(rng, 100, val),),
    (random_tree_level(rng, N, val, 'complete'),),
    (random_tree_level(rng, N, val),),
    (random_tree_level(rng, N, val, 'left'),),
    (random_tree_level(rng, N, val, 'zigzag'),),
    (avl(N),),
    (random_tree_level(rng, 4095, val, 'complete') + [val()] * 2,),
]
FunctionProblem(__file__, 'isBalanced', ['TreeNode'], 'bool', validate=validate).write(cases)
