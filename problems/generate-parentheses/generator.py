#!/usr/bin/env python3
"""Writes tests/ for generate-parentheses (run with /usr/bin/python3). The checker ignores order; the .out is sorted."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *


def validate(n):
    assert 1 <= n <= 8


cases = [(3,), (1,), (2,), (4,), (5,), (6,), (7,), (8,), (8,), (7,), (6,), (5,), (4,), (3,), (2,)]
FunctionProblem(__file__, 'generateParenthesis', ['int'], 'string[]', canon=sorted, validate=validate).write(cases)
