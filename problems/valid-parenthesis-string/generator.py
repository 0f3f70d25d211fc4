#!/usr/bin/env python3
"""Writes tests/ for valid-parenthesis-string (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261210)
N = 100


def validate(s):
    assert 1 <= len(s) <= N and all(c in '()*' for c in s)


def balanced(n):
    out, depth = [], 0
    for i in range(n):
        if depth == 0 or (depth < n - i and rng.random() < 0.5):
            out.append('(')
            depth += 1
        else:
            out.append(')')
            depth -= 1
    return ''.join(out)


def starred(s, p):
    return ''.join('*' if rng.random() < p else c for c in s)


cases = [
    ('()',),
    ('(*)',),
    ('(*))',),
    ('*(',),
    ('*',),
    ('(',),
    (')',),
    ('**',),
    (')*',),
    ('(*',),
    ('((*)',),
    ('(((*)',),
    ('(()*)*)',),
    ('*' * N,),
    ('(' * 50 + '*' * 50,),
    ('(' * 50 + '*' * 49 + ')',),
    ('(' * 51 + '*' * 49,),
    ('*' * 50 + ')' * 50,),
    ('*' * 49 + ')' * 51,),
    ('*' * 50 + '(' * 50,),
    (starred(balanced(N), 0.3),),
    (starred(balanced(N), 0.6),),
    ('(*' * 50,),
    ('*)' * 50,),
    ('(' + '*' * 98 + '(',),
    (''.join(rng.choice('(*') for _ in range(N - 1)) + ')',),
    ('*' * 59 + '(' * 20 + ')' * 21,),
]
FunctionProblem(__file__, 'checkValidString', ['string'], 'bool', validate=validate).write(cases)
