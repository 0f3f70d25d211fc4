#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(4242)
N = 5 * 10**4
L = string.ascii_lowercase


def validate(s, t):
    assert 1 <= len(s) <= N and 1 <= len(t) <= N
    assert all(c in L for c in s + t)


def word(n, alphabet=L):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def shuffled(s):
    a = list(s)
    rng.shuffle(a)
    return ''.join(a)


big = word(N)
big_t = shuffled(big)
near = list(big_t)
i = near.index('a')
near[i] = 'b'
near = ''.join(near)
cases = [
    ('anagram', 'nagaram'),
    ('rat', 'car'),
    ('a', 'a'),
    ('a', 'b'),
    ('ab', 'a'),
    ('aab', 'abb'),
    ('listen', 'silent'),
    ('abc', 'abcc'),
    ('aacc', 'ccac'),
    (word(100, 'ab'), word(100, 'ab')),
    ('z' * 1000, 'z' * 1000),
    ('z' * 1000, 'z' * 999 + 'y'),
    (big, big_t),
    (big, near),
    (big, big_t[:-1]),
    (word(N, 'xyz'), word(N, 'xyz')),
]
s0 = word(3000, 'pq')
cases.append((s0, shuffled(s0)))
FunctionProblem(__file__, 'isAnagram', ['string', 'string'], 'bool', validate=validate).write(cases)
