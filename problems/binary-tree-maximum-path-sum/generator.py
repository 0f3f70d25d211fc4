#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(30000)
N = 3 * 10**4


def validate(root):
    assert 1 <= sum(v is not None for v in root) <= N and all(-1000 <= v <= 1000 for v in root if v is not None)


val = lambda: rng.randint(-1000, 1000)
neg = lambda: rng.randint(-1000, -1)
mostly_neg = lambda: rng.randint(-1000, 300)
cases = [
    ([1, 2, 3],),
    ([-10, 9, 20, None, None, 15, 7],),
    ([-3],),
    ([2, -1],),
    ([-2, -1],),
    ([1, -2, 3],),
    ([5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1],),
    ([-1, 5, None, 4, None, None, 2, -4],),
    ([9, 6, -3, None, None, -6, 2, None, None, 2, None, -6, -6, -6],),
    (random_tree_level(rng, 100, val),),
    (random_tree_level(rng, N, val),),
    (random_tree_level(rng, N, neg),),
    (random_tree_level(rng, N, mostly_neg),),
    (random_tree_level(rng, N, lambda: 1000, 'complete'),),
    (random_tree_level(rng, 500, val, 'zigzag'),),
    (random_tree_level(rng, 500, lambda: 1000, 'left'),),
    (random_tree_level(rng, N, lambda: -1000),),
]
FunctionProblem(__file__, 'maxPathSum', ['TreeNode'], 'int', validate=validate).write(cases)
