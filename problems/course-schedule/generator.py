#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1789)


def validate(n, pre):
    assert 1 <= n <= 2000 and 0 <= len(pre) <= 5000
    assert all(len(p) == 2 and 0 <= p[0] < n and 0 <= p[1] < n for p in pre)
    assert len(set(map(tuple, pre))) == len(pre)


def dag(n, m):
    order = list(range(n))
    rng.shuffle(order)
    edges = set()
    while len(edges) < m:
        i, j = sorted(rng.sample(range(n), 2))
        edges.add((order[j], order[i]))  # order[i] must come before order[j]
    e = [list(x) for x in edges]
    rng.shuffle(e)
    return e


def with_cycle(n, m, length):
    e = dag(n, m - length)
    nodes = rng.sample(range(n), length)
    have = set(map(tuple, e))
    for k in range(length):
        pair = (nodes[k], nodes[(k + 1) % length])
        if pair not in have:
            e.append(list(pair))
            have.add(pair)
    rng.shuffle(e)
    return e


chain = [[i + 1, i] for i in range(1999)]
cases = [
    (2, [[1, 0]]),
    (2, [[1, 0], [0, 1]]),
    (1, []),
    (1, [[0, 0]]),
    (3, [[0, 1], [0, 2], [1, 2]]),
    (3, [[0, 1], [1, 2], [2, 0]]),
    (5, [[1, 4], [2, 4], [3, 1], [3, 2]]),
    (4, [[1, 0], [2, 1], [3, 2], [1, 3]]),
    (2000, []),
    (2000, dag(2000, 5000)),
    (2000, with_cycle(2000, 5000, 3)),
    (2000, with_cycle(2000, 5000, 1500)),
    (2000, chain + [[0, 1999]]),
    (2000, chain),
    (100, dag(100, 4950)),
    (100, with_cycle(100, 4950, 2)),
    (2000, [[i, j] for i in range(1, 80) for j in range(i) if i * (i - 1) // 2 + j < 3000] + [[0, 5]]),
]
FunctionProblem(__file__, 'canFinish', ['int', 'int[][]'], 'bool', validate=validate).write(cases)
