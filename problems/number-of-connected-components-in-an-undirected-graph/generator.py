#!/usr/bin/env python3
"""Writes tests/ for number-of-connected-components-in-an-undirected-graph (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261218)
N, E = 2000, 5000


def validate(n, edges):
    assert 1 <= n <= N and 0 <= len(edges) <= E
    seen = set()
    for a, b in edges:
        assert 0 <= a < n and 0 <= b < n and a != b
        key = (min(a, b), max(a, b))
        assert key not in seen
        seen.add(key)


def random_edges(n, m):
    m = min(m, n * (n - 1) // 2)
    seen = set()
    out = []
    while len(out) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a == b or (min(a, b), max(a, b)) in seen:
            continue
        seen.add((min(a, b), max(a, b)))
        out.append([a, b])
    return out


def forest(n, trees):
    """A random forest with `trees` trees, edges shuffled."""
    order = list(range(n))
    rng.shuffle(order)
    out = [[order[i], order[rng.randrange(i)]] for i in range(1, n) if i % (n // trees) != 0]
    rng.shuffle(out)
    return out


def cliques(n, size):
    out = []
    for start in range(0, n, size):
        group = list(range(start, min(n, start + size)))
        out += [[a, b] for i, a in enumerate(group) for b in group[i + 1:]]
    return out


cases = [
    (5, [[0, 1], [1, 2], [3, 4]]),
    (5, [[0, 1], [1, 2], [2, 3], [3, 4]]),
    (1, []),
    (2, []),
    (2, [[1, 0]]),
    (3, [[0, 1], [1, 2], [2, 0]]),
    (6, [[0, 1], [1, 2], [2, 0], [3, 4]]),
    (4, [[2, 3], [1, 2], [1, 3]]),
    (10, random_edges(10, 6)),
    (100, random_edges(100, 60)),
    (N, []),
    (N, [[i, i + 1] for i in range(N - 1)]),
    (N, [[0, i] for i in range(1, N)]),
    (N, random_edges(N, E)),
    (N, random_edges(N, 1000)),
    (N, forest(N, 37)),
    (1000, cliques(1000, 3)),
    (N, cliques(N, 100)[:E]),
]
FunctionProblem(__file__, 'countComponents', ['int', 'int[][]'], 'int', validate=validate).write(cases)
