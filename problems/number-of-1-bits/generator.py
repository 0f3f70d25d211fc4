#!/usr/bin/env python3
"""Writes tests/ for number-of-1-bits (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261214)
MAX = 2**31 - 1


def validate(n):
    assert 1 <= n <= MAX


cases = [(11,), (128,), (2147483645,), (1,), (2,), (3,), (MAX,), (2**30,), (2**30 + 1,), (0x55555555,), (0x2AAAAAAA,),
         (255,), (1023,), (1000000000,), (rng.randint(1, MAX),), (rng.randint(1, 1000),), (2**16 - 1,), (2**31 - 2**15,)]
FunctionProblem(__file__, 'hammingWeight', ['int'], 'int', validate=validate).write(cases)
