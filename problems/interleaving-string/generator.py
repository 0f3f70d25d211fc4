#!/usr/bin/env python3
"""Writes tests/ for interleaving-string (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270110)


def validate(s1, s2, s3):
    assert len(s1) <= 100 and len(s2) <= 100 and len(s3) <= 200
    assert all('a' <= c <= 'z' for c in s1 + s2 + s3)


def word(n, alphabet='ab'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def weave(a, b):
    out, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and rng.random() < 0.5):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return ''.join(out)


def spoil(s):
    k = rng.randrange(len(s))
    return s[:k] + ('a' if s[k] != 'a' else 'b') + s[k + 1:]


a1, b1 = word(100), word(100)
a2, b2 = 'a' * 99 + 'b', 'a' * 100
cases = [
    ('aabcc', 'dbbca', 'aadbbcbcac'),
    ('aabcc', 'dbbca', 'aadbbbaccc'),
    ('', '', ''),
    ('', '', 'a'),
    ('a', '', 'a'),
    ('', 'b', 'b'),
    ('a', 'b', 'ab'),
    ('a', 'b', 'ba'),
    ('a', 'b', 'aa'),
    ('abc', 'def', 'abcdef'),
    ('ab', 'cd', 'abc'),
    (a1, b1, weave(a1, b1)),
    (a1, b1, spoil(weave(a1, b1))),
    (a2, b2, 'a' * 199 + 'b'),
    (a2, b2, 'a' * 198 + 'ba'),
    ('a' * 100, 'a' * 100, 'a' * 200),
    ('a' * 100, 'a' * 100, 'a' * 199 + 'b'),
    (word(60, 'abc'), word(70, 'abc'), word(130, 'abc')),
]
FunctionProblem(__file__, 'isInterleave', ['string', 'string', 'string'], 'bool', validate=validate).write(cases)
