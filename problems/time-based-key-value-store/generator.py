#!/usr/bin/env python3
"""Writes tests/ for time-based-key-value-store (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261204)
CALLS, T = 2 * 10**5, 10**7
ALNUM = string.ascii_lowercase + string.digits


def validate(ops, args):
    assert ops[0] == 'TimeMap' and args[0] == [] and len(ops) == len(args) and 1 <= len(ops) - 1 <= CALLS
    last = 0
    for op, a in zip(ops[1:], args[1:]):
        assert op in ('set', 'get')
        for s in a[:-1]:
            assert 1 <= len(s) <= 100 and all(c in ALNUM for c in s)
        assert 1 <= a[-1] <= T
        if op == 'set':
            assert len(a) == 3 and a[2] > last, 'set timestamps must increase'
            last = a[2]
        else:
            assert len(a) == 2


def word(lo, hi):
    return ''.join(rng.choice(ALNUM) for _ in range(rng.randint(lo, hi)))


def session(calls, keys, set_bias=0.5, exact_bias=0.3, gap=5):
    """Random calls over `keys`; gets ask at an exact set time, between times, or before any set."""
    ops, args, t, times = ['TimeMap'], [[]], 0, []
    while len(ops) - 1 < calls:
        if rng.random() < set_bias or not times:
            t += rng.randint(1, gap)
            times.append(t)
            ops.append('set')
            args.append([rng.choice(keys), word(1, 3), t])
        else:
            r = rng.random()
            at = rng.choice(times) if r < exact_bias else rng.randint(1, t + gap)
            ops.append('get')
            args.append([rng.choice(keys), at])
    return ops, args


def one_key_then_queries(n, ask):
    """n sets on one key, then n gets: a scan of the key's list is quadratic."""
    ops = ['TimeMap'] + ['set'] * n + ['get'] * n
    args = [[]] + [['k', str(i % 10), 10 + 3 * i] for i in range(n)] + [['k', ask()] for _ in range(n)]
    return ops, args


long_key, long_value = 'k' * 100, '9' * 100
cases = [
    (['TimeMap', 'set', 'get', 'get', 'set', 'get', 'get'], [[], ['foo', 'bar', 1], ['foo', 1], ['foo', 3], ['foo', 'bar2', 4], ['foo', 4], ['foo', 5]]),
    (['TimeMap', 'get'], [[], ['nothing', 1]]),
    (['TimeMap', 'set', 'get'], [[], ['a', 'x', 5], ['a', 4]]),
    (['TimeMap', 'set', 'get', 'get'], [[], ['a', 'x', 5], ['a', 5], ['b', 5]]),
    (['TimeMap', 'set', 'set', 'get', 'get', 'get'], [[], ['love', 'high', 10], ['love', 'low', 20], ['love', 5], ['love', 10], ['love', 15]]),
    (['TimeMap', 'set', 'set', 'get', 'get'], [[], ['a', 'one', 1], ['b', 'two', 2], ['a', 2], ['b', 1]]),
    (['TimeMap', 'set', 'set', 'set', 'get', 'get', 'get'], [[], [long_key, long_value, 1], [long_key, 'v', T - 1], ['other', 'w', T], [long_key, T], [long_key, T - 2], ['other', T - 1]]),
    session(30, ['a', 'b']),
    session(300, ['x', 'y', 'z', 'w'], 0.4),
    session(3000, [word(1, 8) for _ in range(50)], 0.5, 0.5),
    session(5000, ['p', 'q', 'r'], 0.5, 0.3, 100),
    session(6000, [str(i) for i in range(1000)], 0.6, 0.5, 400),
    one_key_then_queries(18000, lambda: rng.randint(1, 10 + 3 * 18000)),
    one_key_then_queries(1500, lambda: 10 + 3 * rng.randrange(1500)),
    (['TimeMap'] + ['set', 'get'] * 5000, [[]] + [a for i in range(5000) for a in (['s', 'v', 2 * i + 2], ['s', 2 * i + 1])]),
]
DesignProblem(__file__, 'TimeMap', validate=validate).write(cases)
