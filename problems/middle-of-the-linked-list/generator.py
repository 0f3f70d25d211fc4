#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(5)


def validate(head):
    assert 1 <= len(head) <= 100 and all(1 <= v <= 100 for v in head)


def rl(n):
    return [rng.randint(1, 100) for _ in range(n)]


cases = [
    ([1, 2, 3, 4, 5],),
    ([1, 2, 3, 4, 5, 6],),
    ([1],),
    ([1, 2],),
    ([9, 8, 7],),
    ([1, 1, 2, 2],),
    (rl(10),),
    (rl(11),),
    (rl(37),),
    (rl(64),),
    (rl(99),),
    (rl(100),),
    (list(range(1, 101)),),
    ([100] * 100,),
    (list(range(99, 0, -1)),),
    (rl(2),),
]
FunctionProblem(__file__, 'middleNode', ['ListNode'], 'ListNode', validate=validate).write(cases)
