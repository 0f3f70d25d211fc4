#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(12)
V = 10**4


def validate(p, q):
    for t in (p, q):
        assert sum(v is not None for v in t) <= 100 and all(-V <= v <= V for v in t if v is not None)


val = lambda: rng.randint(-V, V)
t1 = random_tree_level(rng, 100, val)
t2 = t1[:]
last = max(i for i, v in enumerate(t2) if v is not None)
t2[last] = t2[last] + 1 if t2[last] < V else t2[last] - 1
t3 = random_tree_level(rng, 100, lambda: 3)
t4 = random_tree_level(rng, 100, lambda: 3)
chain = random_tree_level(rng, 100, lambda: 1, 'left')
chain_r = random_tree_level(rng, 100, lambda: 1, 'right')
cases = [
    ([1, 2, 3], [1, 2, 3]),
    ([1, 2], [1, None, 2]),
    ([1, 2, 1], [1, 1, 2]),
    ([], []),
    ([], [0]),
    ([0], []),
    ([5], [5]),
    ([5], [-5]),
    ([1, None, 2, 3], [1, None, 2, 3]),
    ([1, None, 2, 3], [1, None, 2, None, 3]),
    (t1, t1[:]),
    (t1, t2),
    (t3, t3[:]),
    (t3, t4),
    (chain, chain_r),
    (chain, chain[:]),
    ([-V, V], [-V, V]),
]
FunctionProblem(__file__, 'isSameTree', ['TreeNode', 'TreeNode'], 'bool', validate=validate).write(cases)
