#!/usr/bin/env python3
"""Writes tests/ for design-add-and-search-words-data-structure (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261210)
CALLS, L = 10**4, 25
LOW = string.ascii_lowercase


def validate(ops, args):
    assert ops[0] == 'WordDictionary' and args[0] == [] and len(ops) == len(args) and 1 <= len(ops) - 1 <= CALLS
    for op, a in zip(ops[1:], args[1:]):
        assert len(a) == 1 and 1 <= len(a[0]) <= L
        if op == 'addWord':
            assert all(c in LOW for c in a[0])
        else:
            assert op == 'search' and all(c in LOW + '.' for c in a[0]) and a[0].count('.') <= 2


def word(lo, hi, letters=LOW):
    return ''.join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))


def pattern(words, lo, hi, letters):
    """A pattern from a stored word (often a hit) or a fresh one, with up to two dots."""
    w = list(rng.choice(words) if words and rng.random() < 0.6 else word(lo, hi, letters))
    if rng.random() < 0.3:
        w = w[:rng.randint(1, len(w))] if rng.random() < 0.5 else w + list(word(1, 2, letters))
        w = w[:L]
    for i in rng.sample(range(len(w)), min(len(w), rng.randint(0, 2))):
        w[i] = '.'
    return ''.join(w)


def session(calls, lo, hi, letters=LOW, p_add=0.5):
    ops, args, words = ['WordDictionary'], [[]], []
    while len(ops) - 1 < calls:
        if rng.random() < p_add:
            w = word(lo, hi, letters)
            words.append(w)
            ops.append('addWord')
            args.append([w])
        else:
            ops.append('search')
            args.append([pattern(words, lo, hi, letters)])
    return ops, args


def similar_then_search(n):
    """n long words sharing a 20-letter prefix, then n searches that differ only at the end (a dot first and last)."""
    stem = 'q' * 20
    words = [stem + word(5, 5) for _ in range(n)]
    queries = []
    for _ in range(n):
        tail = list(rng.choice(words)[20:] if rng.random() < 0.5 else word(5, 5))
        tail[-1] = '.'
        queries.append('.' + stem[1:] + ''.join(tail))
    return ['WordDictionary'] + ['addWord'] * n + ['search'] * n, [[]] + [[w] for w in words] + [[q] for q in queries]


cases = [
    (['WordDictionary', 'addWord', 'addWord', 'addWord', 'search', 'search', 'search', 'search'], [[], ['bad'], ['dad'], ['mad'], ['pad'], ['bad'], ['.ad'], ['b..']]),
    (['WordDictionary', 'search'], [[], ['a']]),
    (['WordDictionary', 'search', 'addWord', 'search', 'search'], [[], ['.'], ['a'], ['.'], ['..']]),
    (['WordDictionary', 'addWord', 'search', 'search', 'search'], [[], ['bad'], ['ba'], ['ba.'], ['bad.']]),
    (['WordDictionary', 'addWord', 'addWord', 'search', 'search', 'search'], [[], ['a'], ['ab'], ['a'], ['.a'], ['a.']]),
    (['WordDictionary', 'addWord', 'addWord', 'search', 'search'], [[], ['at'], ['and'], ['a.d.'], ['.n.']]),
    (['WordDictionary', 'addWord', 'search', 'search'], [[], ['z' * L], ['z' * 23 + '..'], ['z' * 24]]),
    session(30, 1, 3, 'abc'),
    session(300, 1, 5, 'abcd'),
    session(3000, 1, 8),
    session(CALLS, 1, 4, 'ab'),
    session(CALLS, 10, L, 'xyz', 0.4),
    session(CALLS, 1, L),
    similar_then_search(CALLS // 2),
    (['WordDictionary'] + ['addWord'] * (CALLS // 2) + ['search'] * (CALLS // 2),
     [[]] + [[word(3, 3)] for _ in range(CALLS // 2)] + [['..' + c] for c in (rng.choice(LOW) for _ in range(CALLS // 2))]),
]
DesignProblem(__file__, 'WordDictionary', validate=validate).write(cases)
