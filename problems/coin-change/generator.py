#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1969)
BIG = 2**31 - 1


def validate(coins, amount):
    assert 1 <= len(coins) <= 12 and all(1 <= c <= BIG for c in coins) and 0 <= amount <= 10**4


cases = [
    ([1, 2, 5], 11),
    ([2], 3),
    ([1], 0),
    ([1], 1),
    ([2], 1),
    ([BIG], 10**4),
    ([1, 3, 4], 6),
    ([186, 419, 83, 408], 6249),
    ([2, 5, 10, 1], 27),
    ([3, 7, 405, 436], 8839),
    ([1, 2, 5], 10**4),
    ([7, 11], 10**4 - 1),
    ([9, 12], 10**4 - 1),
    ([1] + [rng.randint(2, 5000) for _ in range(11)], 10**4),
    (rng.sample(range(100, 3000), 12), 9973),
    ([BIG, 2, BIG - 1, 7, 3], 10**4),
    ([6, 10, 15], 10**4),
    ([rng.randint(5000, 10**4) for _ in range(12)], 10**4),
]
FunctionProblem(__file__, 'coinChange', ['int[]', 'int'], 'int', validate=validate).write(cases)
