#!/usr/bin/env python3
"""Writes tests/ for detect-squares (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261220)
CALLS, V = 3000, 1000


def validate(ops, args):
    assert ops[0] == 'DetectSquares' and args[0] == [] and 1 <= len(ops) - 1 <= CALLS
    for op, a in zip(ops[1:], args[1:]):
        assert op in ('add', 'count') and len(a) == 1 and len(a[0]) == 2 and all(0 <= v <= V for v in a[0])


def session(calls, coord, add_bias=0.6):
    ops, args = ['DetectSquares'], [[]]
    for _ in range(calls):
        ops.append('add' if rng.random() < add_bias else 'count')
        args.append([[coord(), coord()]])
    return ops, args


def grid_session(calls, side, step):
    """Points on a small lattice: many squares, many duplicates."""
    coord = lambda: rng.randrange(0, side) * step
    return session(calls, coord, 0.7)


def heavy():
    """Many duplicates of square corners, then queries at the missing corner."""
    ops, args = ['DetectSquares'], [[]]
    corners = [[0, 0], [V, 0], [0, V]]
    for k in range(2000):
        ops.append('add')
        args.append([corners[k % 3]])
    for _ in range(CALLS - 2000):
        ops.append('count')
        args.append([[V, V]])
    return ops, args


cases = [
    (['DetectSquares', 'add', 'add', 'add', 'count', 'count', 'add', 'count'], [[], [[3, 10]], [[11, 2]], [[3, 2]], [[11, 10]], [[14, 8]], [[11, 2]], [[11, 10]]]),
    (['DetectSquares', 'count'], [[], [[0, 0]]]),
    (['DetectSquares', 'add', 'add', 'add', 'count'], [[], [[0, 0]], [[0, 0]], [[0, 0]], [[0, 0]]]),
    (['DetectSquares', 'add', 'add', 'add', 'count'], [[], [[1, 1]], [[1, 5]], [[5, 1]], [[5, 5]]]),
    (['DetectSquares', 'add', 'add', 'add', 'count'], [[], [[1, 1]], [[1, 6]], [[5, 1]], [[5, 6]]]),
    (['DetectSquares', 'add', 'add', 'add', 'add', 'add', 'count', 'count'], [[], [[0, 0]], [[0, 2]], [[2, 0]], [[0, 2]], [[2, 0]], [[2, 2]], [[0, 0]]]),
    (['DetectSquares', 'add', 'add', 'add', 'add', 'count'], [[], [[5, 5]], [[5, 0]], [[0, 5]], [[10, 5]], [[10, 10]]]),
    (['DetectSquares', 'add', 'add', 'add', 'count', 'add', 'count'], [[], [[V, V]], [[V, 0]], [[0, V]], [[0, 0]], [[0, 0]], [[V, V]]]),
    session(30, lambda: rng.randint(0, 3)),
    session(300, lambda: rng.randint(0, 10)),
    grid_session(CALLS, 6, 1),
    grid_session(CALLS, 12, 80),
    session(CALLS, lambda: rng.randint(0, V)),
    session(CALLS, lambda: rng.randint(0, 30), 0.8),
    heavy(),
    (['DetectSquares'] + ['add'] * 1500 + ['count'] * 1500, [[]] + [[[rng.randint(0, 40), rng.randint(0, 40)]] for _ in range(1500)] + [[[rng.randint(0, 40), rng.randint(0, 40)]] for _ in range(1500)]),
]
DesignProblem(__file__, 'DetectSquares', validate=validate).write(cases)
