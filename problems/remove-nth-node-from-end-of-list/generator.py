#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(30)


def validate(head, n):
    assert 1 <= len(head) <= 30 and all(0 <= v <= 100 for v in head) and 1 <= n <= len(head)


def rl(k):
    return [rng.randint(0, 100) for _ in range(k)]


big = rl(30)
cases = [
    ([1, 2, 3, 4, 5], 2),
    ([1], 1),
    ([1, 2], 1),
    ([1, 2], 2),
    ([1, 2, 3], 3),
    ([1, 2, 3], 2),
    ([0, 0, 0, 0], 4),
    ([5, 6, 7, 8, 9], 5),
    ([5, 6, 7, 8, 9], 1),
    (big, 30),
    (big, 1),
    (big, 15),
    (rl(29), 13),
    (rl(10), 10),
    (list(range(100, 70, -1)), 29),
    ([100] * 30, 7),
]
FunctionProblem(__file__, 'removeNthFromEnd', ['ListNode', 'int'], 'ListNode', validate=validate).write(cases)
