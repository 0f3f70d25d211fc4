#!/usr/bin/env python3
"""Writes tests/ for multiply-strings (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261219)
N = 200


def validate(a, b):
    for s in (a, b):
        assert 1 <= len(s) <= N and s.isdigit() and (s == '0' or s[0] != '0')


def num(n):
    return str(rng.randint(1, 9)) + ''.join(rng.choice(string.digits) for _ in range(n - 1))


cases = [
    ('2', '3'),
    ('123', '456'),
    ('9133', '0'),
    ('0', '0'),
    ('0', '52'),
    ('1', '1'),
    ('9', '9'),
    ('10', '10'),
    ('99', '99'),
    ('1', num(N)),
    (num(N), '0'),
    ('9' * N, '9' * N),
    ('1' + '0' * (N - 1), '1' + '0' * (N - 1)),
    (num(N), num(N)),
    (num(N), num(1)),
    (num(37), num(150)),
    ('5' * N, '2'),
    ('123456789', '987654321'),
    ('9' * N, '1'),
    ('25', '4'),
]
FunctionProblem(__file__, 'multiply', ['string', 'string'], 'string', validate=validate).write(cases)
