#!/usr/bin/env python3
"""Writes tests/ for longest-common-subsequence (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261209)
N = 1000


def validate(a, b):
    for s in (a, b):
        assert 1 <= len(s) <= N and all('a' <= c <= 'z' for c in s)


def word(n, alphabet='abcdefghijklmnopqrstuvwxyz'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


cases = [
    ('abcde', 'ace'),
    ('abc', 'abc'),
    ('abc', 'def'),
    ('a', 'a'),
    ('a', 'b'),
    ('ab', 'ba'),
    ('bsbininm', 'jmjkbkjkv'),
    ('abcba', 'abcbcba'),
    ('oxcpqrsvwf', 'shmtulqrypy'),
    (word(30, 'ab'), word(25, 'ab')),
    (word(300), word(400)),
    (word(N, 'abc'), word(N, 'abc')),
    (word(N), word(N)),
    ('a' * N, 'a' * N),
    ('a' * N, 'b' * N),
    ('ab' * (N // 2), 'ba' * (N // 2)),
    (word(N, 'xyz'), 'z' + 'a' * (N - 2) + 'x'),
]
FunctionProblem(__file__, 'longestCommonSubsequence', ['string', 'string'], 'int', validate=validate).write(cases)
