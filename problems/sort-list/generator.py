#!/usr/bin/env python3
"""Writes tests/ for sort-list (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261206)
N, V = 5 * 10**4, 10**5


def validate(head):
    assert 0 <= len(head) <= N and all(-V <= x <= V for x in head)


def rand(n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([4, 2, 1, 3],),
    ([-1, 5, 3, 4, 0],),
    ([],),
    ([7],),
    ([2, 1],),
    ([1, 2],),
    ([3, 3, 3],),
    ([V, -V, 0, V, -V],),
    ([5, 4, 3, 2, 1, 0, -1],),
    (rand(11, -3, 3),),
    (rand(100),),
    (rand(1000, -5, 5),),
    (sorted(rand(5000)),),
    (sorted(rand(8000)) [::-1],),
    ([1] * 8000,),
    (rand(10000, -10, 10),),
    (rand(N),),
]
FunctionProblem(__file__, 'sortList', ['ListNode'], 'ListNode', validate=validate).write(cases)
