#!/usr/bin/env python3
"""Writes tests/ for word-break (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261202)
N, D, W = 300, 1000, 20


def validate(s, words):
    assert 1 <= len(s) <= N and 1 <= len(words) <= D and len(set(words)) == len(words)
    assert all(1 <= len(w) <= W and w.isalpha() and w.islower() for w in words) and s.isalpha() and s.islower()


def rand_word(lo, hi, letters=string.ascii_lowercase):
    return ''.join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))


def sentence(words, n):
    out = ''
    while True:
        w = rng.choice(words)
        if len(out) + len(w) > n:
            return out
        out += w


def distinct(k, lo, hi, letters=string.ascii_lowercase):
    seen = set()
    while len(seen) < k:
        seen.add(rand_word(lo, hi, letters))
    return sorted(seen, key=lambda _: rng.random())


a_words = ['a' * k for k in range(1, W + 1)]
big = distinct(D, 1, W, 'abc')
breakable = sentence(big, N)
small = distinct(40, 3, 8)
cases = [
    ('sunflower', ['sun', 'flower']),
    ('rainbowrain', ['rain', 'bow']),
    ('moonlights', ['moon', 'moonlight', 'lights', 'light']),
    ('catsandog', ['cats', 'dog', 'sand', 'and', 'cat']),
    ('a', ['a']),
    ('a', ['b']),
    ('ab', ['a']),
    ('goalspecial', ['go', 'goal', 'goals', 'special']),
    ('aaaaaaa', ['aaaa', 'aaa']),
    ('cars', ['car', 'ca', 'rs']),
    ('a' * N, ['a']),
    ('a' * (N - 1) + 'b', a_words),
    ('a' * N, a_words[1:]),
    ('a' * (N - 1), ['aa']),
    ('b' + 'a' * (N - 1), a_words),
    (breakable, big),
    (breakable[:-1] + 'z', big),
    ('ab' * (N // 2), ['a', 'b', 'ab', 'ba', 'aba', 'bab']),
    ('abcd' * 75, ['abc', 'bcd', 'cda', 'dab', 'a', 'abcd'][:5]),
    (sentence(small, N), small),
    ('x' * N, ['x' * 20, 'x' * 13]),
    ('x' * 299, ['x' * 20, 'x' * 13] + distinct(998, 10, 20, 'yz')),
]
FunctionProblem(__file__, 'wordBreak', ['string', 'string[]'], 'bool', validate=validate).write(cases)
