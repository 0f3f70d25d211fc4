#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(77)


def validate(root):
    assert 0 <= sum(v is not None for v in root) <= 100 and all(-100 <= v <= 100 for v in root if v is not None)


val = lambda: rng.randint(-100, 100)
cases = [
    ([4, 2, 7, 1, 3, 6, 9],),
    ([2, 1, 3],),
    ([],),
    ([1],),
    ([1, 2],),
    ([1, None, 2],),
    ([1, 2, 3, 4, None, None, 5],),
    ([-100, 100, 0, None, -1],),
    (random_tree_level(rng, 15, val, 'complete'),),
    (random_tree_level(rng, 20, val),),
    (random_tree_level(rng, 100, val),),
    (random_tree_level(rng, 100, val),),
    (random_tree_level(rng, 100, val, 'complete'),),
    (random_tree_level(rng, 100, val, 'left'),),
    (random_tree_level(rng, 100, val, 'zigzag'),),
    (random_tree_level(rng, 50, lambda: 5),),
]
FunctionProblem(__file__, 'invertTree', ['TreeNode'], 'TreeNode', validate=validate).write(cases)
