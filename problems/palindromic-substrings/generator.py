#!/usr/bin/env python3
"""Writes tests/ for palindromic-substrings (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261223)
N = 1000


def validate(s):
    assert 1 <= len(s) <= N and all('a' <= c <= 'z' for c in s)


def word(n, alphabet=string.ascii_lowercase):
    return ''.join(rng.choice(alphabet) for _ in range(n))


half = word(N // 2, 'ab')
cases = [
    ('abc',),
    ('aaa',),
    ('a',),
    ('ab',),
    ('aa',),
    ('aba',),
    ('abba',),
    ('racecar',),
    ('abcba' * 3,),
    (word(50, 'ab'),),
    (word(300),),
    ('a' * N,),
    (word(N),),
    (word(N, 'ab'),),
    (half + half[::-1],),
    ('ab' * (N // 2),),
    ('abc' * (N // 3),),
]
FunctionProblem(__file__, 'countSubstrings', ['string'], 'int', validate=validate).write(cases)
