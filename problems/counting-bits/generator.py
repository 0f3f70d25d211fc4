#!/usr/bin/env python3
"""Writes tests/ for counting-bits (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

N = 10**5


def validate(n):
    assert 0 <= n <= N


cases = [(2,), (5,), (0,), (1,), (3,), (4,), (7,), (8,), (15,), (16,), (100,), (1023,), (1024,), (65535,), (65536,), (99999,), (N,)]
FunctionProblem(__file__, 'countBits', ['int'], 'int[]', validate=validate).write(cases)
