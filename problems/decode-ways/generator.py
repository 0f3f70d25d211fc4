#!/usr/bin/env python3
"""Writes tests/ for decode-ways (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261217)
N = 100


def count(s):
    a, b = 1, 1 if s[0] != '0' else 0
    for i in range(1, len(s)):
        c = (b if s[i] != '0' else 0) + (a if 10 <= int(s[i - 1:i + 1]) <= 26 else 0)
        a, b = b, c
    return b


def validate(s):
    assert 1 <= len(s) <= N and s.isdigit() and count(s) < 2**31


def digits(n, alphabet='0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def capped(alphabet):
    """The longest string (<= N) over alphabet whose count fits 32 bits."""
    s = digits(N, alphabet)
    while count(s) >= 2**31:
        s = s[:-1]
    return s


cases = [
    ('12',),
    ('226',),
    ('06',),
    ('0',),
    ('1',),
    ('10',),
    ('27',),
    ('100',),
    ('101',),
    ('2101',),
    ('11106',),
    ('1201234',),
    ('30',),
    (capped('12'),),
    ('1' * 45,),
    (digits(N),),
    (digits(N, '123456789'),),
    ('9' * N,),
    ('10' * (N // 2),),
    (capped('1226'),),
    ('1' * 44 + '0' + '1' * 55 if count('1' * 44 + '0' + '1' * 55) < 2**31 else '1' * 40 + '00',),
]
FunctionProblem(__file__, 'numDecodings', ['string'], 'int', validate=validate).write(cases)
