#!/usr/bin/env python3
"""Writes tests/ for unique-paths (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *


def validate(m, n):
    assert 1 <= m <= 100 and 1 <= n <= 100 and math.comb(m + n - 2, m - 1) <= 2 * 10**9


cases = [(3, 7), (3, 2), (1, 1), (1, 100), (100, 1), (2, 2), (7, 3), (10, 10), (2, 100), (100, 2), (3, 100), (17, 17), (16, 18), (18, 15), (5, 60), (10, 23), (13, 19)]
FunctionProblem(__file__, 'uniquePaths', ['int', 'int'], 'int', validate=validate).write(cases)
