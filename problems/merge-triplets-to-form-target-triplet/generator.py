#!/usr/bin/env python3
"""Writes tests/ for merge-triplets-to-form-target-triplet (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261209)
N, V = 10**5, 1000


def validate(triplets, target):
    assert 1 <= len(triplets) <= N and len(target) == 3 and all(1 <= v <= V for v in target)
    assert all(len(t) == 3 and all(1 <= v <= V for v in t) for t in triplets)


def noise(n, target, hi=V):
    """Triplets that each exceed the target somewhere, or stay strictly below it everywhere it can."""
    out = []
    for _ in range(n):
        t = [rng.randint(1, hi) for _ in range(3)]
        out.append(t)
    return out


def trap(n, target):
    """Each target value appears in its position, but only in triplets that overshoot elsewhere."""
    out = []
    for _ in range(n):
        k = rng.randrange(3)
        t = [rng.randint(1, v) for v in target]
        t[k] = target[k]
        o = (k + rng.randint(1, 2)) % 3
        if target[o] == V:
            t[o] = rng.randint(1, V)
            t[k] = rng.randint(1, max(1, target[k] - 1))
        else:
            t[o] = rng.randint(target[o] + 1, V)
        out.append(t)
    return out


def below(n, target):
    return [[rng.randint(1, max(1, v - 1)) for v in target] for _ in range(n)]


tgt = [rng.randint(2, 99) for _ in range(3)]
cases = [
    ([[2, 5, 3], [1, 8, 4], [1, 7, 5]], [2, 7, 5]),
    ([[3, 4, 5], [4, 5, 6]], [3, 2, 5]),
    ([[2, 5, 3], [2, 3, 4], [1, 2, 5], [5, 2, 3]], [5, 5, 5]),
    ([[1, 1, 1]], [1, 1, 1]),
    ([[1, 1, 1]], [1, 1, 2]),
    ([[V, V, V]], [V, V, V]),
    ([[2, 9, 1], [1, 7, 5]], [2, 7, 5]),
    ([[1, 2, 3], [3, 2, 1]], [3, 2, 3]),
    ([[1, 2, 3], [3, 2, 1]], [3, 3, 3]),
    ([[5, 5, 5], [6, 1, 1]], [5, 5, 5]),
    ([[1, 1, 5], [1, 5, 1], [5, 1, 1]], [5, 5, 5]),
    (noise(200, [50, 50, 50], 100), [50, 50, 50]),
    (trap(N // 2, tgt) + below(10, tgt), tgt),
    (trap(N // 2 - 3, tgt) + [[tgt[0], 1, 1], [1, tgt[1], 1], [1, 1, tgt[2]]], tgt),
    ([[rng.randint(1, 9) for _ in range(3)] for _ in range(N // 2)], [9, 9, 9]),
    ([[V, V, V]] * 1000 + [[1, 1, 1]], [1, 1, 1]),
    ([[1, 1, 1]] * 1000, [V, 1, 1]),
    (trap(5000, [V, V, 1]), [V, V, 1]),
    (below(3000, [V, V, V]) + [[V, 1, 1]], [V, 1, 1]),
    ([[1, 1, 1]] * 4999 + [[2, 3, 4]], [2, 3, 4]),
]
FunctionProblem(__file__, 'mergeTriplets', ['int[][]', 'int[]'], 'bool', validate=validate).write(cases)
