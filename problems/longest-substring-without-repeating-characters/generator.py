#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(3)
N = 5 * 10**4
ALPHA = ''.join(chr(c) for c in range(32, 127))


def validate(s):
    assert 0 <= len(s) <= N and all(32 <= ord(c) <= 126 for c in s)


def rs(n, alphabet=ALPHA):
    return ''.join(rng.choice(alphabet) for _ in range(n))


perm = list(ALPHA)
rng.shuffle(perm)
cases = [
    ('abcabcbb',),
    ('bbbbb',),
    ('pwwkew',),
    ('',),
    (' ',),
    ('au',),
    ('dvdf',),
    ('abba',),
    ('tmmzuxt',),
    ('a b c a',),
    (rs(100, 'abcde'),),
    (rs(N),),
    (rs(N, string.ascii_lowercase),),
    (''.join(perm) * (N // len(perm)),),
    ('z' * N,),
    (rs(N // 2, 'ab') + ''.join(perm) + rs(N // 2 - len(perm), 'ab'),),
    (''.join(ALPHA),),
]
FunctionProblem(__file__, 'lengthOfLongestSubstring', ['string'], 'int', validate=validate).write(cases)
