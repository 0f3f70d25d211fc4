#!/usr/bin/env python3
"""Writes tests/ for palindrome-number (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *


def validate(x):
    assert -2**31 <= x <= 2**31 - 1


cases = [(1221,), (-303,), (50,), (0,), (7,), (-1,), (11,), (10,), (100,), (121,), (-121,), (1000000001,), (1234554321,),
         (1234567899,), (2147483647,), (-2147483648,), (2147447412,), (1000021,), (123321,), (1001,), (12,), (9999,)]
FunctionProblem(__file__, 'isPalindrome', ['int'], 'bool', validate=validate).write(cases)
