#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(404)


def validate(ops, args):
    assert ops[0] == 'LRUCache' and len(args[0]) == 1 and 1 <= args[0][0] <= 3000
    assert len(ops) - 1 <= 2 * 10**5
    for op, a in zip(ops[1:], args[1:]):
        if op == 'get':
            assert len(a) == 1 and 0 <= a[0] <= 10**4
        else:
            assert op == 'put' and len(a) == 2 and 0 <= a[0] <= 10**4 and 0 <= a[1] <= 10**5


def random_ops(capacity, calls, keys, p_get=0.5):
    ops, args = ['LRUCache'], [[capacity]]
    for _ in range(calls):
        k = rng.randint(0, keys)
        if rng.random() < p_get:
            ops.append('get')
            args.append([k])
        else:
            ops.append('put')
            args.append([k, rng.randint(0, 10**5)])
    return ops, args


def scan(capacity, keys, rounds):
    """Cyclic access over keys > capacity: every get misses under LRU."""
    ops, args = ['LRUCache'], [[capacity]]
    for r in range(rounds):
        for k in range(keys):
            ops.append('get')
            args.append([k])
            ops.append('put')
            args.append([k, (k * 7 + r) % 100001])
    return ops, args


def hot_key(capacity, calls):
    """Key 0 is read constantly, so LRU keeps it while other keys churn."""
    ops, args = ['LRUCache'], [[capacity]]
    ops.append('put')
    args.append([0, 12345])
    for i in range(calls):
        if i % 2 == 0:
            ops.append('get')
            args.append([0])
        else:
            ops.append('put')
            args.append([1 + i % 10000, i % 100001])
    return ops, args


cases = [
    (['LRUCache', 'put', 'put', 'get', 'put', 'get', 'put', 'get', 'get', 'get'],
     [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]]),
    (['LRUCache', 'put', 'put', 'put', 'get', 'get'], [[1], [5, 50], [5, 55], [6, 60], [5], [6]]),
    (['LRUCache', 'get'], [[1], [0]]),
    (['LRUCache', 'put', 'get', 'put', 'get', 'get'], [[1], [2, 1], [2], [3, 2], [2], [3]]),
    (['LRUCache', 'put', 'put', 'get', 'get', 'put', 'get', 'get', 'get'],
     [[2], [2, 1], [1, 1], [2], [1], [4, 1], [1], [2], [4]]),
    (['LRUCache', 'put', 'put', 'put', 'put', 'get', 'get'], [[2], [2, 1], [2, 2], [1, 1], [4, 1], [1], [2]]),
    (['LRUCache', 'put', 'put', 'put', 'get', 'put', 'get', 'get', 'get'],
     [[3], [1, 1], [2, 2], [3, 3], [1], [4, 4], [2], [3], [1]]),
    random_ops(2, 100, 5),
    random_ops(5, 1000, 12),
    random_ops(10, 1000, 30, 0.3),
    random_ops(3000, 45000, 10**4),
    random_ops(100, 45000, 300),
    random_ops(1, 45000, 3),
    scan(50, 51, 400),
    hot_key(3000, 44000),
    random_ops(3000, 45000, 3500, 0.7),
]
DesignProblem(__file__, 'LRUCache', validate=validate).write(cases)
