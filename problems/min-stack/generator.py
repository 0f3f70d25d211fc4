#!/usr/bin/env python3
"""Writes tests/ for min-stack (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20240606)
CALLS = 3 * 10**4
LO, HI = -2**31, 2**31 - 1


def validate(ops, args):
    assert ops[0] == 'MinStack' and len(ops) == len(args) and 1 <= len(ops) - 1 <= CALLS
    size = 0
    for op, a in zip(ops[1:], args[1:]):
        if op == 'push':
            assert len(a) == 1 and LO <= a[0] <= HI
            size += 1
        else:
            assert a == [] and size > 0, '%s on an empty stack' % op
            if op == 'pop':
                size -= 1


def session(calls, value, push_bias=0.5):
    """A random valid sequence: pop, top and getMin only on a non-empty stack."""
    ops, args, size = ['MinStack'], [[]], 0
    while len(ops) - 1 < calls:
        r = rng.random()
        if size == 0 or r < push_bias:
            ops.append('push')
            args.append([value()])
            size += 1
        else:
            op = rng.choice(['pop', 'top', 'getMin', 'getMin'])
            ops.append(op)
            args.append([])
            if op == 'pop':
                size -= 1
    return ops, args


def pile_then_query(n):
    """n pushes of values with the minimum at the bottom, then n getMin calls: a scan is quadratic."""
    ops = ['MinStack'] + ['push'] * n + ['getMin'] * n
    args = [[]] + [[LO]] + [[rng.randint(0, HI)] for _ in range(n - 1)] + [[]] * n
    return ops, args


cases = [
    (['MinStack', 'push', 'push', 'push', 'getMin', 'pop', 'top', 'getMin'], [[], [-2], [0], [-3], [], [], [], []]),
    (['MinStack', 'push', 'top', 'getMin'], [[], [5], [], []]),
    (['MinStack', 'push', 'push', 'getMin', 'pop', 'getMin'], [[], [1], [1], [], [], []]),
    (['MinStack', 'push', 'push', 'push', 'getMin', 'pop', 'getMin', 'pop', 'getMin'], [[], [3], [2], [1], [], [], [], [], []]),
    (['MinStack', 'push', 'push', 'getMin', 'pop', 'getMin', 'top'], [[], [LO], [HI], [], [], [], []]),
    (['MinStack', 'push', 'pop', 'push', 'getMin'], [[], [10], [], [20], []]),
    (['MinStack', 'push', 'push', 'push', 'pop', 'pop', 'top', 'getMin'], [[], [0], [0], [-1], [], [], [], []]),
    session(40, lambda: rng.randint(-10, 10)),
    session(200, lambda: rng.randint(-5, 5), 0.6),
    session(1000, lambda: rng.randint(LO, HI)),
    session(CALLS, lambda: rng.randint(LO, HI)),
    session(CALLS, lambda: rng.randint(-3, 3), 0.55),
    pile_then_query(CALLS // 2),
    (['MinStack'] + ['push'] * CALLS, [[]] + [[HI - i] for i in range(CALLS)]),
    (['MinStack'] + ['push', 'getMin', 'pop'] * (CALLS // 3), [[]] + [[LO], [], []] * (CALLS // 3)),
]
DesignProblem(__file__, 'MinStack', validate=validate).write(cases)
