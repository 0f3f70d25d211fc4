#!/usr/bin/env python3
"""Writes tests/ for course-schedule-ii (run with /usr/bin/python3). Outputs are the reference's order; checker.ts accepts any valid one."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261223)
N, E = 2000, 5000


def validate(n, pairs):
    assert 1 <= n <= N and 0 <= len(pairs) <= n * (n - 1)
    assert len({tuple(p) for p in pairs}) == len(pairs)
    assert all(len(p) == 2 and 0 <= p[0] < n and 0 <= p[1] < n and p[0] != p[1] for p in pairs)


def dag(n, m):
    """m distinct pairs consistent with a hidden random order."""
    rank = list(range(n))
    rng.shuffle(rank)
    m = min(m, n * (n - 1) // 2)
    seen, out = set(), []
    while len(out) < m:
        x, y = rng.randrange(n), rng.randrange(n)
        if x == y:
            continue
        a, b = (x, y) if rank[x] > rank[y] else (y, x)
        if (a, b) not in seen:
            seen.add((a, b))
            out.append([a, b])
    return out


def with_cycle(n, m, length):
    pairs = dag(n, m)
    nodes = rng.sample(range(n), length)
    present = {tuple(p) for p in pairs}
    for i in range(length):
        p = (nodes[(i + 1) % length], nodes[i])
        if p not in present:
            pairs.append(list(p))
            present.add(p)
    rng.shuffle(pairs)
    return pairs


cases = [
    (2, [[1, 0]]),
    (4, [[1, 0], [2, 0], [3, 1], [3, 2]]),
    (1, []),
    (2, [[1, 0], [0, 1]]),
    (2, [[0, 1]]),
    (3, []),
    (3, [[0, 1], [1, 2], [2, 0]]),
    (3, [[1, 0], [2, 1]]),
    (4, [[1, 0], [2, 1], [3, 2], [1, 3]]),
    (6, [[5, 4], [4, 3], [3, 2], [2, 1], [1, 0], [0, 5]]),
    (10, dag(10, 20)),
    (100, dag(100, 600)),
    (N, []),
    (N, [[i + 1, i] for i in range(N - 1)]),
    (N, [[i, i + 1] for i in range(N - 1)]),
    (N, dag(N, E)),
    (N, with_cycle(N, E - 3, 3)),
    (N, with_cycle(N, 1000, N // 2)),
    (N, [[i, 0] for i in range(1, N)] + [[N - 1, i] for i in range(1, N - 1)]),
    (60, [[a, b] for a in range(60) for b in range(a)]),
]
FunctionProblem(__file__, 'findOrder', ['int', 'int[][]'], 'int[]', validate=validate).write(cases)
