#!/usr/bin/env python3
"""Writes tests/ for graph-valid-tree (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261219)
N, E = 2000, 5000


def validate(n, edges):
    assert 1 <= n <= N and 0 <= len(edges) <= E
    seen = set()
    for a, b in edges:
        assert 0 <= a < n and 0 <= b < n and a != b
        key = (min(a, b), max(a, b))
        assert key not in seen
        seen.add(key)


def tree(n):
    order = list(range(n))
    rng.shuffle(order)
    out = [[order[i], order[rng.randrange(i)]] for i in range(1, n)]
    for e in out:
        if rng.random() < 0.5:
            e.reverse()
    rng.shuffle(out)
    return out


def cycle_plus_isolated(n):
    """n - 1 edges: a tree on n - 1 nodes with one edge moved to close a cycle, one node left out."""
    edges = tree(n - 1)
    nodes = {x for e in edges for x in e} or {0}
    edges.pop()
    present = {(min(a, b), max(a, b)) for a, b in edges}
    while True:
        a, b = rng.sample(sorted(nodes), 2)
        if (min(a, b), max(a, b)) not in present:
            edges.append([a, b])
            break
    return edges


def with_extra(n, extra):
    edges = tree(n)
    present = {(min(a, b), max(a, b)) for a, b in edges}
    while extra:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (min(a, b), max(a, b)) not in present:
            present.add((min(a, b), max(a, b)))
            edges.append([a, b])
            extra -= 1
    return edges


cases = [
    (5, [[0, 1], [0, 2], [0, 3], [1, 4]]),
    (5, [[0, 1], [1, 2], [2, 3], [1, 3], [1, 4]]),
    (1, []),
    (2, []),
    (2, [[1, 0]]),
    (3, [[0, 1]]),
    (4, [[0, 1], [1, 2], [2, 0]]),
    (4, [[0, 1], [2, 3]]),
    (3, [[0, 1], [1, 2], [2, 0]]),
    (10, tree(10)),
    (N, tree(N)),
    (N, [[i, i + 1] for i in range(N - 1)]),
    (N, [[0, i] for i in range(1, N)]),
    (N, cycle_plus_isolated(N)),
    (N, with_extra(N, 1)),
    (N, with_extra(N, E - N + 1)),
    (N, tree(N)[:-1]),
    (300, cycle_plus_isolated(300)),
    (N, tree(N)),
]
FunctionProblem(__file__, 'validTree', ['int', 'int[][]'], 'bool', validate=validate).write(cases)
