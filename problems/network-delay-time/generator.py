#!/usr/bin/env python3
"""Writes tests/ for network-delay-time (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261222)
NMAX, E, W = 100, 6000, 100


def validate(times, n, k):
    assert 1 <= k <= n <= NMAX and 1 <= len(times) <= E
    pairs = set()
    for u, v, w in times:
        assert 1 <= u <= n and 1 <= v <= n and u != v and 0 <= w <= W
        assert (u, v) not in pairs
        pairs.add((u, v))


def graph(n, m, wlo=0, whi=W, connect_from=None):
    pairs = set()
    times = []
    if connect_from is not None:
        order = [connect_from] + rng.sample([x for x in range(1, n + 1) if x != connect_from], n - 1)
        for i in range(1, n):
            u = order[rng.randrange(i)]
            pairs.add((u, order[i]))
            times.append([u, order[i], rng.randint(wlo, whi)])
    while len(times) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v and (u, v) not in pairs:
            pairs.add((u, v))
            times.append([u, v, rng.randint(wlo, whi)])
    rng.shuffle(times)
    return times


def trap(n):
    """Direct edges are heavy, long detours are light: fewest hops is not fastest."""
    times = [[1, 2, 0]] + [[1, v, W] for v in range(3, n + 1)]
    times += [[v, v + 1, 1] for v in range(2, n)]
    rng.shuffle(times)
    return times


cases = [
    ([[2, 1, 1], [2, 3, 1], [3, 4, 1]], 4, 2),
    ([[1, 2, 1]], 2, 1),
    ([[1, 2, 1]], 2, 2),
    ([[1, 2, 0]], 2, 1),
    ([[1, 2, 5]], 3, 1),
    ([[1, 2, 1], [2, 3, 2], [1, 3, 4]], 3, 1),
    ([[1, 2, 1], [2, 1, 3]], 2, 2),
    ([[1, 2, 1], [2, 3, 7], [1, 3, 4], [2, 1, 2]], 3, 2),
    ([[1, 2, 100], [1, 3, 1], [3, 2, 1]], 3, 1),
    (trap(NMAX), NMAX, 1),
    (graph(10, 30, connect_from=3), 10, 3),
    (graph(50, 400, connect_from=1), 50, 1),
    (graph(NMAX, E, connect_from=57), NMAX, 57),
    (graph(NMAX, E, 90, W, connect_from=1), NMAX, 1),
    (graph(NMAX, 500), NMAX, 1),
    (graph(NMAX, NMAX - 1, connect_from=100), NMAX, 100),
    (graph(NMAX, E, 0, 0, connect_from=5), NMAX, 5),
    ([[v, v + 1, W] for v in range(1, NMAX)], NMAX, 1),
]
FunctionProblem(__file__, 'networkDelayTime', ['int[][]', 'int', 'int'], 'int', validate=validate).write(cases)
