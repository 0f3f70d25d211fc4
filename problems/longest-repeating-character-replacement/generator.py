#!/usr/bin/env python3
"""Writes tests/ for longest-repeating-character-replacement (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261202)
N = 10**5
UP = string.ascii_uppercase


def validate(s, k):
    assert 1 <= len(s) <= N and all(c in UP for c in s) and 0 <= k <= len(s)


def rand(n, letters):
    return ''.join(rng.choice(letters) for _ in range(n))


def runs(n, letters, longest):
    out = []
    while len(out) < n:
        out.extend(rng.choice(letters) * rng.randint(1, longest))
    return ''.join(out[:n])


cases = [
    ('ABAB', 2),
    ('AABABBA', 1),
    ('A', 0),
    ('A', 1),
    ('AB', 0),
    ('ABCDE', 0),
    ('ABCDE', 5),
    ('AAAA', 0),
    ('ABBB', 2),
    ('ABAA', 0),
    ('BAAAB', 2),
    ('AAAB' * 5, 1),
    (rand(50, 'AB'), 3),
    (rand(1000, UP), 10),
    ('A' * N, 0),
    ('AB' * (N // 2), 0),
    ('AB' * (N // 2), N // 2),
    (rand(N, 'AB'), 300),
    (rand(N, UP), 2000),
    (runs(N, 'ABC', 50), 100),
    (rand(N, UP), 0),
    (rand(N, UP), N),
]
FunctionProblem(__file__, 'characterReplacement', ['string', 'int'], 'int', validate=validate).write(cases)
