#!/usr/bin/env python3
"""Writes tests/ for valid-parentheses (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20240602)
N = 10**4
PAIRS = ['()', '[]', '{}']


def validate(s):
    assert 1 <= len(s) <= N and set(s) <= set('()[]{}')


def balanced(n):
    """A random valid string of length n (n even)."""
    out, stack = [], []
    while len(out) < n:
        remaining = n - len(out)
        if stack and (remaining == len(stack) or rng.random() < 0.5):
            out.append(stack.pop())
        else:
            o, c = rng.choice(PAIRS)
            out.append(o)
            stack.append(c)
    return ''.join(out)


def flip_one(s):
    """Breaks a valid string by swapping one closing bracket for another kind."""
    idx = [i for i, ch in enumerate(s) if ch in ')]}']
    i = rng.choice(idx)
    other = rng.choice([c for c in ')]}' if c != s[i]])
    return s[:i] + other + s[i + 1:]


deep = '([{' * (N // 6) + '}])' * (N // 6)
cases = [
    ('()',),
    ('()[]{}',),
    ('(]',),
    ('([])',),
    ('([)]',),
    ('{[]}',),
    ('(',),
    (')',),
    ('((',),
    ('){',),
    ('(((((((()',),
    ('[({})](){}[[]]',),
    (balanced(100),),
    (flip_one(balanced(100)),),
    (balanced(N),),
    (deep,),
    (deep[:-1] + '(',),
    ('(' * N,),
    (balanced(N - 2) + ')(',),
    (flip_one(balanced(N)),),
]
FunctionProblem(__file__, 'isValid', ['string'], 'bool', validate=validate).write(cases)
