#!/usr/bin/env python3
"""Writes tests/ for k-closest-points-to-origin (run with /usr/bin/python3). The k closest points are always unique."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261212)
N, V = 10**4, 10**4


def validate(points, k):
    assert 1 <= k <= len(points) <= N and all(len(p) == 2 and -V <= p[0] <= V and -V <= p[1] <= V for p in points)
    d = sorted(x * x + y * y for x, y in points)
    assert k == len(points) or d[k - 1] < d[k], 'the k closest points must be unique'


def canon(result):
    return sorted(result)


def rand(n, lo=-V, hi=V):
    return [[rng.randint(lo, hi), rng.randint(lo, hi)] for _ in range(n)]


def unique_k(points, k):
    """Lowers k until the k-th and (k+1)-th distances differ."""
    d = sorted(x * x + y * y for x, y in points)
    while k < len(points) and d[k - 1] == d[k]:
        k -= 1
    assert k >= 1
    return points, k


def ring(n, r, k):
    """k points well inside radius r and the rest tied on the axes at distance r, right behind the answer."""
    inner = [[rng.randint(-r // 2, r // 2), rng.randint(-r // 2, r // 2)] for _ in range(k)]
    outer = [[r, 0], [-r, 0], [0, r], [0, -r]] * (n // 4)
    pts = inner + outer[:n - k]
    rng.shuffle(pts)
    return unique_k(pts, k)


cases = [
    ([[1, 3], [-2, 2]], 1),
    ([[3, 3], [5, -1], [-2, 4]], 2),
    ([[0, 0]], 1),
    ([[1, 1], [2, 2]], 2),
    ([[3, 3], [5, 0], [0, 4]], 2),
    ([[V, V], [-V, -V], [V, -V - 0 + 1]], 1),
    ([[-5, 4], [-6, -5], [4, 6]], 2),
    ([[2, 0], [0, 3], [-1, -1], [4, 4]], 3),
    unique_k(rand(10, -5, 5), 5),
    unique_k(rand(100), 10),
    unique_k(rand(1000), 999),
    unique_k(rand(N), 1),
    unique_k(rand(N), N // 2),
    unique_k(rand(N), N),
    unique_k(rand(N, -100, 100), 777),
    ring(N, 9000, 300),
    unique_k([[i, -i] for i in range(N)], 5000),
    (lambda pts: (pts, sum(x * x + y * y <= 2 for x, y in pts)))(rand(N, -3, 3)),
]
FunctionProblem(__file__, 'kClosest', ['int[][]', 'int'], 'int[][]', canon=canon, validate=validate).write(cases)
