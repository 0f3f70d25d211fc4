#!/usr/bin/env python3
"""Writes tests/ for odd-even-linked-list (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261208)
N, V = 10**4, 10**6


def validate(head):
    assert 0 <= len(head) <= N and all(-V <= x <= V for x in head)


def rand(n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


cases = [
    ([1, 2, 3, 4, 5],),
    ([2, 1, 3, 5, 6, 4, 7],),
    ([],),
    ([1],),
    ([1, 2],),
    ([2, 1],),
    ([1, 2, 3],),
    ([1, 2, 3, 4],),
    ([-V, V, 0, 0, V, -V],),
    ([1, 3, 5, 7, 9, 11],),
    (rand(15, -9, 9),),
    (rand(100),),
    (rand(1001, 0, 3),),
    (list(range(N)),),
    (rand(N),),
    (rand(N - 1),),
    ([7] * N,),
]
FunctionProblem(__file__, 'oddEvenList', ['ListNode'], 'ListNode', validate=validate).write(cases)
