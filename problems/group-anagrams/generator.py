#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(9001)
L = string.ascii_lowercase


def validate(strs):
    assert 1 <= len(strs) <= 10**4 and all(len(w) <= 100 and all(c in L for c in w) for w in strs)


def canon(res):
    # Canonical form for the .out file: words sorted in each group, then groups sorted
    # by size (small first) and then by content.
    groups = [sorted(g) for g in res]
    return sorted(groups, key=lambda g: (len(g), g))


def word(n, alphabet=L):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def shuffle_word(w):
    a = list(w)
    rng.shuffle(a)
    return ''.join(a)


def family_list(families, size, n_len, alphabet=L):
    bases = [word(rng.randint(*n_len), alphabet) for _ in range(families)]
    out = [shuffle_word(rng.choice(bases)) for _ in range(size)]
    return out


cases = [
    (['eat', 'tea', 'tan', 'ate', 'nat', 'bat'],),
    ([''],),
    (['a'],),
    (['', ''],),
    (['', 'b', ''],),
    (['abc', 'abc', 'cba'],),
    (['aab', 'abb', 'bab', 'bba'],),
    (['ab', 'ba', 'abc', 'bca', 'cab', 'a'],),
    (['listen', 'silent', 'enlist', 'google', 'gogole', 'inlets', 'banana'],),
    (family_list(20, 200, (1, 6)),),
    (family_list(500, 10**4, (5, 10)),),
    ([word(rng.randint(0, 8), 'ab') for _ in range(10**4)],),
    (family_list(50, 3000, (100, 100)),),
    ([word(rng.randint(0, 20)) for _ in range(10**4)],),
    (['z' * k for k in range(101)],),
    (family_list(1, 100, (30, 30)),),
]
FunctionProblem(__file__, 'groupAnagrams', ['string[]'], 'string[][]', canon=canon, validate=validate).write(cases)
