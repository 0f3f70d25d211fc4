#!/usr/bin/env python3
"""Writes tests/ for longest-palindromic-substring (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261201)
N = 1000
ALPHABET = string.ascii_letters + string.digits


def validate(s):
    assert 1 <= len(s) <= N and all(c in ALPHABET for c in s)


def rand(n, letters):
    return ''.join(rng.choice(letters) for _ in range(n))


def hidden(n, inner, letters='abcdefghij'):
    """Random text with a palindrome of length `inner` planted in the middle."""
    half = rand(inner // 2, letters)
    pal = half + (rng.choice(letters) if inner % 2 else '') + half[::-1]
    left = rand((n - inner) // 2, 'xyz')
    return left + pal + rand(n - inner - len(left), 'XYZ')


cases = [
    ('babad',),
    ('cbbd',),
    ('a',),
    ('ab',),
    ('aa',),
    ('abcba',),
    ('abccba',),
    ('racecar7',),
    ('Aa',),
    ('1221x',),
    ('forgeeksskeegfor',),
    ('abacdfgdcaba',),
    (rand(60, 'ab'),),
    ('a' * N,),
    ('ab' * (N // 2),),
    ('a' * (N // 2 - 1) + 'b' + 'a' * (N // 2),),
    (rand(N, ALPHABET),),
    (rand(N, 'ab'),),
    (hidden(N, 400),),
    (hidden(N, 151),),
    ('x' + 'ab' * 499 + 'y',),
    ('0123456789' * 100,),
    ('a' * 499 + 'bc' + 'a' * 499,),
]
FunctionProblem(__file__, 'longestPalindrome', ['string'], 'string', validate=validate).write(cases)
