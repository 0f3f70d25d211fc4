#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(333)


def validate(root):
    assert 1 <= sum(v is not None for v in root) <= 10**4 and all(-100 <= v <= 100 for v in root if v is not None)


val = lambda: rng.randint(-100, 100)
# A tree whose longest path avoids the root: root -> one long-armed subtree.
lopsided = [1, 2, None, 3, 4, 5, None, None, 6, 7, None, None, 8, 9, None, None, 10]
cases = [
    ([1, 2, 3, 4, 5],),
    ([1, 2],),
    ([1],),
    ([1, None, 2],),
    ([1, 2, 3],),
    (lopsided,),
    ([4, -7, -3, None, None, -9, -3, 9, -7, -4, None, 6, None, -6, -6, None, None, 0, 6, 5, None, 9, None, None, -1, -4, None, None, None, -2],),
    (random_tree_level(rng, 31, val, 'complete'),),
    (random_tree_level(rng, 200, val),),
    (random_tree_level(rng, 1000, val),),
    (random_tree_level(rng, 10**4, val),),
    (random_tree_level(rng, 10**4, val),),
    (random_tree_level(rng, 10**4, val, 'complete'),),
    (random_tree_level(rng, 500, val, 'left'),),
    (random_tree_level(rng, 500, val, 'zigzag'),),
    (random_tree_level(rng, 10**4, lambda: 0),),
]
FunctionProblem(__file__, 'diameterOfBinaryTree', ['TreeNode'], 'int', validate=validate).write(cases)
