#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(2718)


def validate(ops, args):
    assert ops[0] == 'MyQueue' and args[0] == [] and len(ops) - 1 <= 100
    size = 0
    for op, a in zip(ops[1:], args[1:]):
        if op == 'push':
            assert len(a) == 1 and 1 <= a[0] <= 9
            size += 1
        elif op in ('pop', 'peek'):
            assert size > 0 and a == []
            size -= op == 'pop'
        else:
            assert op == 'empty' and a == []


def random_ops(calls, push_bias=0.5):
    ops, args = ['MyQueue'], [[]]
    size = 0
    for _ in range(calls):
        r = rng.random()
        if size == 0 and r >= push_bias:
            op = rng.choice(['push', 'empty'])
        elif r < push_bias:
            op = 'push'
        else:
            op = rng.choice(['pop', 'pop', 'peek', 'empty'])
        if op == 'push':
            ops.append('push')
            args.append([rng.randint(1, 9)])
            size += 1
        else:
            ops.append(op)
            args.append([])
            size -= op == 'pop'
    return ops, args


def seq(*calls):
    ops, args = ['MyQueue'], [[]]
    for c in calls:
        if isinstance(c, int):
            ops.append('push')
            args.append([c])
        else:
            ops.append(c)
            args.append([])
    return ops, args


cases = [
    (['MyQueue', 'push', 'push', 'peek', 'pop', 'empty'], [[], [1], [2], [], [], []]),
    (['MyQueue', 'empty', 'push', 'pop', 'empty'], [[], [], [7], [], []]),
    seq('empty'),
    seq(5, 'peek'),
    seq(5, 'pop', 'empty'),
    seq(1, 2, 3, 'pop', 4, 'pop', 'pop', 'peek', 'pop', 'empty'),
    seq(*(list(range(1, 10)) + ['pop'] * 9 + ['empty'])),
    seq(*([9] * 50 + ['peek'] * 50)),
    seq(*[x for i in range(1, 10) for x in (i, 'peek', 'pop', 'empty')]),
    seq(3, 1, 4, 'pop', 1, 5, 9, 'pop', 'pop', 2, 6, 'peek', 'pop', 'pop', 'pop', 'pop', 'peek', 'pop', 'empty'),
    random_ops(30),
    random_ops(100),
    random_ops(100, 0.7),
    random_ops(100, 0.4),
    random_ops(100),
    seq(*([x for i in range(25) for x in (i % 9 + 1, i % 7 + 1)] + ['pop'] * 50)),
]
DesignProblem(__file__, 'MyQueue', validate=validate).write(cases)
