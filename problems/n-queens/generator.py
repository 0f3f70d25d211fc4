#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *



def validate(n):
    assert 1 <= n <= 9


def canon(res):
    # Canonical form for the .out file: boards in lexicographic order.
    return sorted(res)


# Every n in range, in a few different orders so that the 15+ tests cover each board size;
# the large sizes (8, 9) appear more than once.
cases = [(4,), (1,), (2,), (3,), (5,), (6,), (7,), (8,), (9,), (9,), (8,), (7,), (6,), (5,), (4,), (9,)]
FunctionProblem(__file__, 'solveNQueens', ['int'], 'string[][]', canon=canon, validate=validate).write(cases)
