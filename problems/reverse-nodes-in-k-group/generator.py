#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(5000)


def validate(head, k):
    assert 1 <= k <= len(head) <= 5000 and all(0 <= v <= 1000 for v in head)


def rl(n):
    return [rng.randint(0, 1000) for _ in range(n)]


big = rl(5000)
cases = [
    ([1, 2, 3, 4, 5], 2),
    ([1, 2, 3, 4, 5], 3),
    ([1], 1),
    ([1, 2], 1),
    ([1, 2], 2),
    ([1, 2, 3], 2),
    ([1, 2, 3, 4, 5, 6], 3),
    ([1, 2, 3, 4, 5, 6, 7], 7),
    ([1, 2, 3, 4, 5, 6, 7], 4),
    (big, 1),
    (big, 2),
    (big, 3),
    (big, 5000),
    (big, 4999),
    (big, 77),
    (rl(4999), 2500),
    (list(range(1000, 0, -1)), 10),
]
FunctionProblem(__file__, 'reverseKGroup', ['ListNode', 'int'], 'ListNode', validate=validate).write(cases)
