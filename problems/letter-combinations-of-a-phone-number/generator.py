#!/usr/bin/env python3
"""Writes tests/ for letter-combinations-of-a-phone-number (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261217)


def validate(digits):
    assert 0 <= len(digits) <= 4 and all(c in '23456789' for c in digits)


cases = [('23',), ('',), ('7',), ('2',), ('9',), ('79',), ('97',), ('22',), ('234',), ('999',),
         ('7777',), ('9999',), ('2345',), ('5678',), ('2222',), ('79',), ('8',), ('3456',), ('6',), ('47',)]
cases = list(dict.fromkeys(cases)) + [(''.join(rng.choice('23456789') for _ in range(4)),) for _ in range(2)]
FunctionProblem(__file__, 'letterCombinations', ['string'], 'string[]', canon=sorted, validate=validate).write(cases)
