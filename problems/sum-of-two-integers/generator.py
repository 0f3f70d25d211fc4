#!/usr/bin/env python3
"""Writes tests/ for sum-of-two-integers (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261216)
V = 1000


def validate(a, b):
    assert -V <= a <= V and -V <= b <= V


cases = [(1, 2), (2, 3), (-7, 4), (0, 0), (0, 5), (-5, 0), (1, -1), (V, V), (-V, -V), (V, -V), (-1, -1), (-1, 1000),
         (511, 1), (512, 512), (-512, -512), (rng.randint(-V, V), rng.randint(-V, V)), (rng.randint(-V, V), rng.randint(-V, V)), (999, -1000)]
FunctionProblem(__file__, 'getSum', ['int', 'int'], 'int', validate=validate).write(cases)
