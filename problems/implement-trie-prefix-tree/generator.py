#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(26)
L = string.ascii_lowercase


def validate(ops, args):
    assert ops[0] == 'Trie' and args[0] == [] and len(ops) - 1 <= 3 * 10**4
    for op, a in zip(ops[1:], args[1:]):
        assert op in ('insert', 'search', 'startsWith') and len(a) == 1
        assert 1 <= len(a[0]) <= 2000 and all(c in L for c in a[0])


def word(lo, hi, alphabet=L):
    return ''.join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def random_ops(calls, lo, hi, alphabet=L, p_insert=0.4):
    ops, args = ['Trie'], [[]]
    words = []
    for _ in range(calls):
        r = rng.random()
        if r < p_insert or not words:
            w = word(lo, hi, alphabet)
            words.append(w)
            ops.append('insert')
            args.append([w])
            continue
        op = rng.choice(['search', 'startsWith'])
        base = rng.choice(words)
        kind = rng.random()
        if kind < 0.4:
            q = base
        elif kind < 0.7:
            q = base[:rng.randint(1, len(base))]
        elif kind < 0.85:
            q = base + rng.choice(alphabet)
        else:
            q = word(lo, hi, alphabet)
        ops.append(op)
        args.append([q[:2000]])
    return ops, args


def seq(*calls):
    ops, args = ['Trie'], [[]]
    for op, w in calls:
        ops.append(op)
        args.append([w])
    return ops, args


long_word = ''.join(rng.choice('ab') for _ in range(2000))
cases = [
    (['Trie', 'insert', 'search', 'search', 'startsWith', 'insert', 'search'],
     [[], ['apple'], ['apple'], ['app'], ['app'], ['app'], ['app']]),
    (['Trie', 'startsWith', 'insert', 'startsWith', 'search', 'startsWith'],
     [[], ['a'], ['abc'], ['abc'], ['ab'], ['abcd']]),
    seq(('search', 'a')),
    seq(('insert', 'a'), ('search', 'a'), ('startsWith', 'a'), ('search', 'aa'), ('startsWith', 'b')),
    seq(('insert', 'abc'), ('insert', 'abd'), ('search', 'ab'), ('startsWith', 'ab'), ('insert', 'ab'), ('search', 'ab'),
        ('search', 'abe'), ('startsWith', 'abe')),
    seq(('insert', 'hello'), ('insert', 'hello'), ('search', 'hello'), ('search', 'hell'), ('startsWith', 'helloo')),
    seq(('insert', 'z'), ('insert', 'zz'), ('insert', 'zzz'), ('search', 'zzzz'), ('startsWith', 'zzz'), ('search', 'zz')),
    random_ops(200, 1, 5, 'abc'),
    random_ops(2000, 1, 10),
    random_ops(3 * 10**4, 1, 12),
    random_ops(3 * 10**4, 1, 8, 'ab'),
    random_ops(3 * 10**4, 5, 25, L, 0.6),
    seq(*([('insert', long_word[:k]) for k in range(1, 2001, 7)] + [('search', long_word[:k]) for k in range(1, 2001, 9)]
          + [('startsWith', long_word[:k] + 'c') for k in range(1, 1999, 23)])),
    seq(*([('insert', long_word)] + [('search', long_word[:k]) for k in range(1, 201)] + [('search', long_word), ('startsWith', long_word)])),
    random_ops(400, 1500, 2000, 'ab'),
    seq(*([('insert', c * 30) for c in L] + [('startsWith', c * 31) for c in L] + [('search', c * 30) for c in L])),
]
DesignProblem(__file__, 'Trie', validate=validate).write(cases)
