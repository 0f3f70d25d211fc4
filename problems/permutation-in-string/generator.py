#!/usr/bin/env python3
"""Writes tests/ for permutation-in-string (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261203)
N = 10**4
LOW = string.ascii_lowercase


def validate(s1, s2):
    assert 1 <= len(s1) <= N and 1 <= len(s2) <= N
    assert all(c in LOW for c in s1 + s2)


def rand(n, letters=LOW):
    return ''.join(rng.choice(letters) for _ in range(n))


def shuffled(s):
    chars = list(s)
    rng.shuffle(chars)
    return ''.join(chars)


def hidden(s1, n, letters=LOW):
    """s2 of length n holding a rearrangement of s1 at a random place."""
    filler = rand(n - len(s1), letters)
    at = rng.randint(0, len(filler))
    return filler[:at] + shuffled(s1) + filler[at:]


def near_miss(m, n):
    """Windows of s2 differ from s1's counts by one swapped letter everywhere: 'a' never appears in s2."""
    s1 = 'a' + rand(m - 1, 'bcdefghijklm')
    return s1, rand(n, 'bcdefghijklmnopqrstuvwxyz')


distinct = 'abcdefghijklmnop'
cases = [
    ('ab', 'eidbaooo'),
    ('ab', 'eidboaoo'),
    ('a', 'a'),
    ('a', 'b'),
    ('abc', 'ab'),
    ('ad', 'xbcx'),
    ('ad', 'xbcxda'),
    ('aab', 'abab'),
    ('aab', 'abba'),
    ('adc', 'dcda'),
    ('hello', 'ooolleoooleh'),
    ('abc', 'cba'),
    (rand(8, 'abc'), rand(200, 'abc')),
    # sixteen distinct letters, no rearrangement present: trying orderings never ends
    (distinct, rand(N, 'abcdefghijklmnoq')),
    (distinct, hidden(distinct, N)),
    (rand(5000), rand(N)),
    ('a' * 5000, 'a' * 4999 + 'b' + 'a' * 5000),
    ('a' * 5000, 'a' * N),
    (N * 'z', N * 'z'),
    (rand(N), rand(N)),
    near_miss(5000, N),
    (lambda s: (s, hidden(s, N, 'abcde')))(rand(3000, 'abcde')),
    (rand(100, 'ab'), rand(N, 'ab')),
]
FunctionProblem(__file__, 'checkInclusion', ['string', 'string'], 'bool', validate=validate).write(cases)
