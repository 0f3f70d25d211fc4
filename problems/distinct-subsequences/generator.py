#!/usr/bin/env python3
"""Writes tests/ for distinct-subsequences (run with /usr/bin/python3). Every answer fits in 32 bits."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261204)
N, INT_MAX = 1000, 2**31 - 1


def count(s, t):
    ways = [1] + [0] * len(t)
    for c in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == c:
                ways[j] += ways[j - 1]
    return ways[-1]


def validate(s, t):
    assert 1 <= len(s) <= N and 1 <= len(t) <= N and s.isalpha() and t.isalpha() and s.isascii() and t.isascii()
    assert count(s, t) <= INT_MAX, 'the answer must fit in 32 bits'


def rand(n, letters):
    return ''.join(rng.choice(letters) for _ in range(n))


def bounded(n, letters, tlen):
    """A random s, and the longest t (a subsequence of s, at most tlen letters) whose count fits."""
    s = rand(n, letters)
    while True:
        pos = sorted(rng.sample(range(n), tlen))
        t = ''.join(s[p] for p in pos)
        if count(s, t) <= INT_MAX:
            return s, t
        tlen += 3


cases = [
    ('rabbbit', 'rabbit'),
    ('babgbag', 'bag'),
    ('a', 'a'),
    ('a', 'b'),
    ('ab', 'abc'),
    ('abc', 'abc'),
    ('aaa', 'a'),
    ('aA', 'a'),
    ('b' * 8, 'bbb'),
    ('a' * N, 'a' * N),
    ('a' * N, 'a' * (N - 1)),
    ('a' * N, 'aaa'),
    ('a' * N, 'a' * 500 + 'b'),
    ('a' * N, 'b' * N),
    ('a' * 999 + 'b', 'a' * 997 + 'b'),
    bounded(N, 'ab', 950),
    bounded(N, 'abc', 940),
    bounded(N, string.ascii_letters, 5),
    (rand(N, 'xy'), rand(N, 'xy')),
    ('ab' * 500, 'ab' * 497),
    ('abc' * 333, 'c' + 'abc' * 330),
    ('z' * 40 + 'q' * 960, 'z' * 4 + 'q' * 959),
]
FunctionProblem(__file__, 'numDistinct', ['string', 'string'], 'int', validate=validate).write(cases)
