#!/usr/bin/env python3
"""Writes tests/ for redundant-connection (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270101)
NMAX = 1000


def validate(edges):
    n = len(edges)
    assert 3 <= n <= NMAX
    assert all(len(e) == 2 and 1 <= e[0] < e[1] <= n for e in edges)
    assert len({tuple(e) for e in edges}) == n
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    assert len({find(x) for x in range(1, n + 1)}) == 1


def tree_plus_one(n, shape='random', extra=None):
    label = list(range(1, n + 1))
    rng.shuffle(label)
    edges = []
    for i in range(1, n):
        p = rng.randrange(i) if shape == 'random' else i - 1
        a, b = sorted((label[p], label[i]))
        edges.append([a, b])
    present = {tuple(e) for e in edges}
    if extra is None:
        while True:
            a, b = sorted(rng.sample(range(1, n + 1), 2))
            if (a, b) not in present:
                break
    else:
        a, b = extra
    edges.append([a, b])
    rng.shuffle(edges)
    return edges


cases = [
    ([[1, 2], [1, 3], [2, 3]],),
    ([[1, 2], [2, 3], [3, 4], [1, 4], [1, 5]],),
    ([[1, 3], [2, 3], [1, 2]],),
    ([[2, 3], [1, 2], [1, 3]],),
    ([[1, 2], [2, 3], [3, 4], [4, 5], [1, 5]],),
    ([[1, 5], [3, 4], [3, 5], [4, 5], [2, 4]],),
    ([[1, 4], [3, 4], [1, 3], [1, 2], [4, 5]],),
    (tree_plus_one(10),),
    (tree_plus_one(100),),
    (tree_plus_one(NMAX),),
    (tree_plus_one(NMAX),),
    (tree_plus_one(NMAX, 'chain'),),
    ([[i, i + 1] for i in range(1, NMAX)] + [[1, NMAX]],),
    ([[1, NMAX]] + [[i, i + 1] for i in range(1, NMAX)],),
    ([[1, i] for i in range(2, NMAX + 1)] + [[NMAX - 1, NMAX]],),
    (tree_plus_one(500, 'chain'),),
]
FunctionProblem(__file__, 'findRedundantConnection', ['int[][]'], 'int[]', validate=validate).write(cases)
