#!/usr/bin/env python3
"""Writes tests/ for reverse-bits (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261215)
MAX = 2**31 - 2


def validate(n):
    assert 0 <= n <= MAX and n % 2 == 0


cases = [(43261596,), (2147483644,), (0,), (2,), (4,), (MAX,), (2**30,), (0x2AAAAAAA,), (0x55555554,), (6,),
         (1 << 16,), (0xFFFE,), (1000000000,), (rng.randrange(0, MAX, 2),), (rng.randrange(0, 1000, 2),), (2**31 - 2**16,), (12345678,)]
FunctionProblem(__file__, 'reverseBits', ['int'], 'int', validate=validate).write(cases)
