#!/usr/bin/env python3
"""Writes tests/ for partition-labels (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261221)
N = 500


def validate(s):
    assert 1 <= len(s) <= N and all('a' <= c <= 'z' for c in s)


def blocks(sizes):
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    out, k = [], 0
    for size, width in sizes:
        alpha = letters[k:k + width]
        k += width
        seg = [alpha[i % width] for i in range(size)]
        rng.shuffle(seg)
        seg[0], seg[-1] = alpha[0], alpha[0]
        out.append(''.join(seg))
    return ''.join(out)


cases = [
    ('ababcbacadefegdehijhklij',),
    ('eccbbbbdec',),
    ('a',),
    ('ab',),
    ('aa',),
    ('abcdefghijklmnopqrstuvwxyz',),
    ('abca',),
    ('caedbdedda',),
    ('qiejxqfnqceocmy',),
    (blocks([(5, 2), (7, 3), (3, 1), (9, 4)]),),
    (''.join(rng.choice('abc') for _ in range(N)),),
    (''.join(rng.choice(string.ascii_lowercase) for _ in range(N)),),
    ('z' * N,),
    ((string.ascii_lowercase * 20)[:N],),
    (''.join(c * 19 for c in string.ascii_lowercase)[:N],),
    (blocks([(20, 1)] * 10 + [(40, 5)] * 2 + [(220, 6)]),),
    ('a' + 'b' * (N - 2) + 'a',),
]
FunctionProblem(__file__, 'partitionLabels', ['string'], 'int[]', validate=validate).write(cases)
