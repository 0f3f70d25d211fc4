#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(2000)


def validate(root):
    assert sum(v is not None for v in root) <= 2000 and all(-1000 <= v <= 1000 for v in root if v is not None)


val = lambda: rng.randint(-1000, 1000)
cases = [
    ([3, 9, 20, None, None, 15, 7],),
    ([1],),
    ([],),
    ([1, 2],),
    ([1, None, 2],),
    ([1, 2, 3, 4, None, None, 5],),
    ([1, 2, 3, None, 4, 5, None, None, 6, 7],),
    ([-1000, 1000, 0],),
    (random_tree_level(rng, 15, val, 'complete'),),
    (random_tree_level(rng, 50, val),),
    (random_tree_level(rng, 2000, val),),
    (random_tree_level(rng, 2000, val),),
    (random_tree_level(rng, 2000, val, 'complete'),),
    (random_tree_level(rng, 500, val, 'left'),),
    (random_tree_level(rng, 500, val, 'zigzag'),),
    (random_tree_level(rng, 2000, lambda: 7),),
]
FunctionProblem(__file__, 'levelOrder', ['TreeNode'], 'int[][]', validate=validate).write(cases)
