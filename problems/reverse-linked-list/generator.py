#!/usr/bin/env python3
"""Writes tests/ for reverse-linked-list (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20240603)
N, V = 5000, 5000


def validate(head):
    assert 0 <= len(head) <= N and all(-V <= v <= V for v in head)


cases = [
    ([1, 2, 3, 4, 5],),
    ([1, 2],),
    ([],),
    ([7],),
    ([0, 0],),
    ([-V, V],),
    ([3, 1, 3],),
    ([1, 1, 1, 1, 2],),
    ([rng.randint(-10, 10) for _ in range(20)],),
    ([rng.randint(-V, V) for _ in range(999)],),
    (list(range(1, 101)),),
    (list(range(N, 0, -1)),),
    ([rng.randint(-V, V) for _ in range(N)],),
    ([V] * N,),
    ([(-1) ** i * i for i in range(N)],),
]
FunctionProblem(__file__, 'reverseList', ['ListNode'], 'ListNode', validate=validate).write(cases)
