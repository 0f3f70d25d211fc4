#!/usr/bin/env python3
"""Writes tests/ for subtree-of-another-tree (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261230)
V = 10**4


def validate(root, sub):
    n, m = sum(v is not None for v in root), sum(v is not None for v in sub)
    assert 1 <= n <= 2000 and 1 <= m <= 1000
    assert all(v is None or -V <= v <= V for v in root + sub)


def nodes(level):
    root = build_tree(level)
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node:
            out.append(node)
            stack += [node.left, node.right]
    return root, out


def graft(big, small, tweak=False):
    """Hang a copy of `small` under a random leaf of `big`; with tweak, change one value deep in the copy."""
    root, all_nodes = nodes(big)
    leaves = [x for x in all_nodes if not x.left or not x.right]
    spot = rng.choice(leaves)
    sub = build_tree(small)
    if tweak:
        _, sub_nodes = nodes(small)
        sub = build_tree(small)
        _, copy_nodes = nodes(tree_level(sub))
        victim = sub
        while victim.left or victim.right:
            victim = victim.left or victim.right
        victim.val = victim.val + 1 if victim.val < V else victim.val - 1
    if not spot.left:
        spot.left = sub
    else:
        spot.right = sub
    return tree_level(root)


small_vals = lambda: rng.randint(0, 2)
s1 = random_tree_level(rng, 1000, small_vals)
s2 = random_tree_level(rng, 30, small_vals)
cases = [
    ([3, 4, 5, 1, 2], [4, 1, 2]),
    ([3, 4, 5, 1, 2, None, None, None, None, 0], [4, 1, 2]),
    ([1], [1]),
    ([1], [2]),
    ([1, 1], [1]),
    ([1, 2, 3], [1, 2]),
    ([1, 2, 3], [2]),
    ([3, 4, 5, 1, None, 2], [3, 1, 2]),
    ([1, None, 1, None, 1, None, 1, None, 1, None, 1, None, 2], [1, None, 1, None, 2]),
    ([1, None, 1, None, 1, None, 1, None, 1, None, 1, None, 2], [1, None, 1, None, 1, None, 1, None, 1, None, 1, None, 1, None, 2]),
    (graft(random_tree_level(rng, 900, small_vals), s1), s1),
    (graft(random_tree_level(rng, 900, small_vals), s1, tweak=True), s1),
    (graft(random_tree_level(rng, 1900, small_vals), s2), s2),
    (random_tree_level(rng, 2000, small_vals, 'complete'), random_tree_level(rng, 7, lambda: 1, 'complete')),
    ([0] * 1023 + [0] * 977, [0] * 511 + [0] * 488),
    (random_tree_level(rng, 2000, lambda: 0, 'left'), random_tree_level(rng, 1000, lambda: 0, 'left')),
    (random_tree_level(rng, 2000, lambda: 0, 'left'), random_tree_level(rng, 1000, lambda: 0, 'left')[:-1] + [None, 0]),
]
FunctionProblem(__file__, 'isSubtree', ['TreeNode', 'TreeNode'], 'bool', validate=validate).write(cases)
