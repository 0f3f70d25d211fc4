#!/usr/bin/env python3
"""Writes tests/ for find-median-from-data-stream (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261214)
CALLS, V = 5 * 10**4, 10**5


def validate(ops, args):
    assert ops[0] == 'MedianFinder' and args[0] == [] and len(ops) == len(args) and 1 <= len(ops) - 1 <= CALLS
    added = 0
    for op, a in zip(ops[1:], args[1:]):
        if op == 'addNum':
            assert len(a) == 1 and -V <= a[0] <= V
            added += 1
        else:
            assert op == 'findMedian' and a == [] and added > 0


def session(calls, value, p_add=0.5):
    ops, args = ['MedianFinder'], [[]]
    added = 0
    while len(ops) - 1 < calls:
        if added == 0 or rng.random() < p_add:
            ops.append('addNum')
            args.append([value()])
            added += 1
        else:
            ops.append('findMedian')
            args.append([])
    return ops, args


def alternate(values):
    ops, args = ['MedianFinder'], [[]]
    for v in values:
        ops += ['addNum', 'findMedian']
        args += [[v], []]
    return ops, args


cases = [
    (['MedianFinder', 'addNum', 'addNum', 'findMedian', 'addNum', 'findMedian'], [[], [1], [2], [], [3], []]),
    (['MedianFinder', 'addNum', 'findMedian'], [[], [-V], []]),
    (['MedianFinder', 'addNum', 'addNum', 'findMedian'], [[], [-V], [V], []]),
    (['MedianFinder', 'addNum', 'addNum', 'findMedian'], [[], [-1], [-2], []]),
    (['MedianFinder', 'addNum', 'addNum', 'findMedian'], [[], [V], [V - 1], []]),
    alternate([6, 10, 2, 6, 5, 0, 6, 3, 1, 0, 0]),
    alternate([-1, -2, -3, -4, -5]),
    alternate([5, 5, 5, 5]),
    session(50, lambda: rng.randint(-10, 10)),
    session(1000, lambda: rng.randint(-V, V), 0.7),
    alternate(range(-V, -V + 6000)),
    alternate(range(V, V - 6000, -1)),
    session(12000, lambda: rng.choice([-7, 0, 7, 100]), 0.5),
    alternate([rng.randint(-V, V) for _ in range(20000)]),
    (['MedianFinder'] + ['addNum'] * 8000 + ['findMedian'], [[]] + [[rng.randint(-V, V)] for _ in range(8000)] + [[]]),
]
DesignProblem(__file__, 'MedianFinder', validate=validate).write(cases)
