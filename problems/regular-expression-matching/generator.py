#!/usr/bin/env python3
"""Writes tests/ for regular-expression-matching (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261206)
N = 20


def validate(s, p):
    assert 1 <= len(s) <= N and 1 <= len(p) <= N and s.isalpha() and s.islower()
    assert all(c in string.ascii_lowercase + '.*' for c in p)
    assert all(c != '*' or (i > 0 and p[i - 1] != '*') for i, c in enumerate(p))


def pattern(k, letters='ab'):
    """A random pattern of k tokens (letter, '.', 'x*' or '.*'), at most N characters."""
    out = ''
    for _ in range(k):
        tok = rng.choice(letters + '.')
        if rng.random() < 0.4:
            tok += '*'
        if len(out) + len(tok) > N:
            break
        out += tok
    return out


def text_for(p, letters='ab'):
    """A string that p matches (at least one letter long, at most N letters)."""
    while True:
        out, i = '', 0
        while i < len(p):
            c = p[i]
            star = i + 1 < len(p) and p[i + 1] == '*'
            reps = rng.randint(0, 3) if star else 1
            for _ in range(reps):
                out += rng.choice(letters) if c == '.' else c
            i += 2 if star else 1
        if 1 <= len(out) <= N:
            return out


def pair(letters='ab', match=True):
    while True:
        p = pattern(rng.randint(2, 12), letters)
        if not p:
            continue
        if match:
            return (text_for(p, letters), p)
        s = ''.join(rng.choice(letters) for _ in range(rng.randint(1, N)))
        return (s, p)


cases = [
    ('aa', 'a'),
    ('aa', 'a*'),
    ('mississippi', 'mis*is*.p*.'),
    ('aab', 'c*a*b'),
    ('ab', '.*'),
    ('a', '.'),
    ('a', 'b'),
    ('a', 'ab*'),
    ('ab', '.*c'),
    ('aaa', 'a*a'),
    ('aaa', 'ab*a*c*a'),
    ('a', 'a*a*a*a*'),
    ('bbbba', '.*a*a'),
    ('abcd', 'd*'),
    ('a' * 19 + 'b', 'a*' * 10),
    ('a' * 20, 'a*' * 9 + 'b'),
    ('a' * 20, 'a*' * 10),
    ('a' * 19 + 'c', '.*' * 9 + 'c'),
    ('ab' * 10, '.*' * 9 + 'aa'),
    ('z' * 20, 'z' * 20),
    ('z' * 20, 'z' * 19 + '.'),
    pair(),
    pair(),
    pair('abc'),
    pair(match=False),
    pair('abc', match=False),
    ('abcdefghijklmnopqrst', '.b.d.f.h.j.l.n.p.r.t'),
]
FunctionProblem(__file__, 'isMatch', ['string', 'string'], 'bool', validate=validate).write(cases)
