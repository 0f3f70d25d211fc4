#!/usr/bin/env python3
"""Writes tests/ for reverse-integer (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261217)
LO, HI = -2**31, 2**31 - 1


def validate(x):
    assert LO <= x <= HI


cases = [(123,), (-123,), (120,), (1534236469,), (0,), (7,), (-8,), (HI,), (LO,), (1463847412,), (-1463847412,),
         (1463847413,), (-1563847412,), (1000000000,), (-2147483412,), (1200000000,), (rng.randint(LO, HI),), (rng.randint(-99999, 99999),), (2147447412,), (-2147447412,)]
FunctionProblem(__file__, 'reverse', ['int'], 'int', validate=validate).write(cases)
