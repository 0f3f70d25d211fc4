#!/usr/bin/env python3
"""Writes tests/ for happy-number (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20270106)


def validate(n):
    assert 1 <= n <= 2**31 - 1


cases = [(19,), (2,), (1,), (7,), (4,), (10,), (100,), (13,), (1111111,), (2**31 - 1,), (999999999,), (1999999999,), (rng.randint(1, 2**31 - 1),), (rng.randint(1, 2**31 - 1),), (3,), (97,), (1000000000,)]
FunctionProblem(__file__, 'isHappy', ['int'], 'bool', validate=validate).write(cases)
