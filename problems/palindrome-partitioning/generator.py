#!/usr/bin/env python3
"""Writes tests/ for palindrome-partitioning (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261224)


def validate(s):
    assert 1 <= len(s) <= 16 and all(c in string.ascii_lowercase for c in s)


def rand(n, letters):
    return ''.join(rng.choice(letters) for _ in range(n))


cases = [
    ('aab',), ('a',), ('ab',), ('aa',), ('aba',), ('abba',), ('racecar',), ('abcdefghijklmnop',),
    ('efe',), ('abbab',), ('cdd',), ('aaaaaaaaaaaaa',), ('abababababababab',), ('aabbaabbaabbaabb',),
    ('abcbaabcbaabcbaa',), (rand(16, 'ab'),), (rand(16, 'abc'),), (rand(12, 'a' * 5 + 'b'),), ('bbbbbbbbbbbc',),
]
FunctionProblem(__file__, 'partition', ['string'], 'string[][]', canon=sorted, validate=validate).write(cases)
