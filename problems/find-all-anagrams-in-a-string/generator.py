#!/usr/bin/env python3
"""Writes tests/ for find-all-anagrams-in-a-string (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261221)
N = 3 * 10**4


def validate(s, p):
    assert 1 <= len(s) <= N and 1 <= len(p) <= N and s.isalpha() and s.islower() and p.isalpha() and p.islower()


def rand(n, letters=string.ascii_lowercase):
    return ''.join(rng.choice(letters) for _ in range(n))


def shuffled(w):
    w = list(w)
    rng.shuffle(w)
    return ''.join(w)


half = rand(N // 2, 'ab')
cases = [
    ('cbaebabacd', 'abc'),
    ('abab', 'ab'),
    ('a', 'a'),
    ('a', 'b'),
    ('a', 'ab'),
    ('aab', 'abb'),
    ('baa', 'aa'),
    ('abcabc', 'cba'),
    ('zzzz', 'z'),
    ('abacbabc', 'abc'),
    ('a' * N, 'a'),
    ('a' * N, 'a' * (N // 2)),
    ('a' * N, 'a' * N),
    ('ab' * (N // 2), 'ba' * (N // 4)),
    (half + shuffled(half), half),
    (rand(N, 'ab'), rand(5, 'ab')),
    (rand(N), rand(3)),
    (rand(N, 'abc'), shuffled('a' * 5000 + 'b' * 5000 + 'c' * 5000)),
    (rand(N // 2), rand(N)),
    ('b' * (N - 1) + 'a', 'a' + 'b' * 99),
]
FunctionProblem(__file__, 'findAnagrams', ['string', 'string'], 'int[]', validate=validate).write(cases)
