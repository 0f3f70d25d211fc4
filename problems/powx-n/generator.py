#!/usr/bin/env python3
"""Writes tests/ for powx-n (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261218)
LO, HI = -2**31, 2**31 - 1


def validate(x, n):
    assert -100 < x < 100 and LO <= n <= HI and (x != 0 or n > 0)
    assert abs(x ** n) <= 10**4


cases = [
    (2.0, 10),
    (2.1, 3),
    (2.0, -2),
    (1.0, HI),
    (1.0, LO),
    (-1.0, LO),
    (-1.0, HI),
    (0.5, HI),
    (2.0, LO),
    (0.0, 5),
    (5.5, 0),
    (-2.0, 3),
    (-2.0, -3),
    (1.00001, 123456),
    (0.99999, 948688),
    (99.9, 2),
    (-99.9, -1),
    (1.0000001, HI // 1000),
    (0.00001, 2),
    (1.5, 22),
    (-0.5, 13),
]
FunctionProblem(__file__, 'myPow', ['double', 'int'], 'double', validate=validate).write(cases)
