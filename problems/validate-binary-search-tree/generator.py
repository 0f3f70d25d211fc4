#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(31415)
LO, HI = -2**31, 2**31 - 1


def validate(root):
    assert 1 <= sum(v is not None for v in root) <= 10**4 and all(LO <= v <= HI for v in root if v is not None)


def vals(n, lo=LO, hi=HI):
    return sorted(rng.sample(range(lo, hi + 1), n))


def corrupt(level, how):
    """Break a valid BST (given as level order) in a subtle way."""
    level = level[:]
    idx = [i for i, v in enumerate(level) if v is not None]
    if how == 'dup':
        # copy a value into another node so two nodes are equal
        a, b = rng.sample(idx, 2)
        level[b] = level[a]
    elif how == 'deep':
        # make the deepest-rightmost node violate an ancestor bound by a small amount
        i = idx[-1]
        level[i] = level[i] + (10**6 if level[i] < HI - 10**6 else -10**6)
    return level


big = bst_level(vals(10**4), rng, 'random')
balanced = bst_level(vals(10**4), rng, 'balanced')
cases = [
    ([2, 1, 3],),
    ([5, 1, 4, None, None, 3, 6],),
    ([1],),
    ([1, 1],),
    ([1, None, 1],),
    ([5, 4, 6, None, None, 3, 7],),
    ([LO],),
    ([HI, LO],),
    ([LO, None, HI],),
    ([3, 1, 5, 0, 2, 4, 6, None, None, None, 3],),
    ([10, 5, 15, None, None, 6, 20],),
    (big,),
    (balanced,),
    (corrupt(balanced, 'deep'),),
    (corrupt(big, 'dup'),),
    (bst_level(list(range(500)), mode='chain'),),
    (bst_level(vals(10**4, -10**4, 10**4), rng, 'balanced'),),
    (random_tree_level(rng, 10**4, lambda: rng.randint(LO, HI)),),
]
FunctionProblem(__file__, 'isValidBST', ['TreeNode'], 'bool', validate=validate).write(cases)
