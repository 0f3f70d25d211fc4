#!/usr/bin/env python3
"""Writes tests/ for construct-binary-tree-from-preorder-and-inorder-traversal (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261231)
N, V = 3000, 3000


def orders(level):
    root = build_tree(level)
    pre, ino = [], []

    def walk(node):
        stack, cur = [], node
        while stack or cur:
            while cur:
                pre.append(cur.val)
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            ino.append(cur.val)
            cur = cur.right

    walk(root)
    return pre, ino


def tree(n, shape='random'):
    vals = rng.sample(range(-V, V + 1), n)
    it = iter(vals)
    return orders(random_tree_level(rng, n, lambda: next(it), shape))


def validate(pre, ino):
    assert 1 <= len(pre) <= N and len(pre) == len(ino) and sorted(pre) == sorted(ino)
    assert len(set(pre)) == len(pre) and all(-V <= v <= V for v in pre)


cases = [
    ([3, 9, 20, 15, 7], [9, 3, 15, 20, 7]),
    ([-1], [-1]),
    ([1, 2], [2, 1]),
    ([1, 2], [1, 2]),
    ([1, 2, 3], [2, 1, 3]),
    ([1, 2, 3], [3, 2, 1]),
    ([1, 2, 3], [1, 2, 3]),
    orders([1, 2, 3, 4, 5, 6, 7]),
    orders([V, -V, 0, None, 5]),
    tree(20),
    tree(500),
    tree(N),
    tree(N, 'complete'),
    tree(N, 'left'),
    tree(N, 'right'),
    tree(N, 'zigzag'),
]
FunctionProblem(__file__, 'buildTree', ['int[]', 'int[]'], 'TreeNode', validate=validate).write(cases)
