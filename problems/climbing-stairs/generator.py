#!/usr/bin/env python3
"""Writes tests/ for climbing-stairs (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *


def validate(n):
    assert 1 <= n <= 45


cases = [(2,), (3,), (1,), (4,), (5,), (10,), (17,), (20,), (30,), (35,), (38,), (40,), (42,), (44,), (45,)]
FunctionProblem(__file__, 'climbStairs', ['int'], 'int', validate=validate).write(cases)
