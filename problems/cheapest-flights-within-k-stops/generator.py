#!/usr/bin/env python3
"""Writes tests/ for cheapest-flights-within-k-stops (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261220)
N, P = 100, 10**4


def validate(n, flights, src, dst, k):
    assert 1 <= n <= N and 0 <= len(flights) <= n * (n - 1) // 2
    seen = set()
    for u, v, p in flights:
        assert 0 <= u < n and 0 <= v < n and u != v and 1 <= p <= P and (u, v) not in seen
        seen.add((u, v))
    assert 0 <= src < n and 0 <= dst < n and 0 <= k < n and src != dst


def random_flights(n, m, lo=1, hi=P):
    pairs = [(u, v) for u in range(n) for v in range(n) if u != v]
    rng.shuffle(pairs)
    return [[u, v, rng.randint(lo, hi)] for u, v in pairs[:m]]


def ladder(n):
    """The direct flight is dear, each extra stop makes the trip cheaper: the answer moves with k."""
    out = [[0, n - 1, P]]
    for i in range(n - 1):
        out.append([i, i + 1, 1])
    for i in range(0, n - 2, 2):
        out.append([i, i + 2, 5])
    return out


def dense(n, lo, hi):
    return [[u, v, rng.randint(lo, hi)] for u in range(n) for v in range(n) if u != v][:n * (n - 1) // 2]


cases = [
    (4, [[0, 1, 100], [1, 2, 100], [2, 0, 100], [1, 3, 600], [2, 3, 200]], 0, 3, 1),
    (3, [[0, 1, 100], [1, 2, 100], [0, 2, 500]], 0, 2, 1),
    (3, [[0, 1, 100], [1, 2, 100], [0, 2, 500]], 0, 2, 0),
    (2, [], 0, 1, 0),
    (2, [[1, 0, 5]], 0, 1, 1),
    (2, [[0, 1, 7]], 0, 1, 0),
    (3, [[0, 1, 1], [1, 2, 1]], 0, 2, 0),
    (4, [[0, 1, 1], [0, 2, 5], [1, 2, 1], [2, 3, 1]], 0, 3, 1),
    (5, [[0, 1, 5], [1, 2, 5], [0, 3, 2], [3, 1, 2], [1, 4, 1], [4, 2, 1]], 0, 2, 2),
    (10, random_flights(10, 30), 0, 9, 3),
    (N, ladder(N), 0, N - 1, 0),
    (N, ladder(N), 0, N - 1, 49),
    (N, ladder(N), 0, N - 1, N - 2),
    (N, random_flights(N, 2000), 3, 77, 5),
    (N, random_flights(N, N * (N - 1) // 2, 1, 100), 0, N - 1, N - 1),
    (N, dense(N, 1, P), 10, 20, 60),
    (N, random_flights(N, 150), 0, 99, 10),
    (N, [[i, i + 1, P] for i in range(N - 1)], 0, N - 1, N - 2),
    (N, [[i, i + 1, P] for i in range(N - 1)], 0, N - 1, N - 3),
]
FunctionProblem(__file__, 'findCheapestPrice', ['int', 'int[][]', 'int', 'int', 'int'], 'int', validate=validate).write(cases)
