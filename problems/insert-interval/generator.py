#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(10000)
V = 10**5


def validate(intervals, new):
    assert 0 <= len(intervals) <= 10**4 and len(new) == 2 and 0 <= new[0] <= new[1] <= V
    for a, b in intervals:
        assert 0 <= a <= b <= V
    for (a1, b1), (a2, b2) in zip(intervals, intervals[1:]):
        assert b1 < a2


def disjoint(n, lo=0, hi=V):
    pts = sorted(rng.sample(range(lo, hi + 1), 2 * n))
    return [[pts[2 * i], pts[2 * i + 1]] for i in range(n)]


big = disjoint(10**4)
cases = [
    ([[1, 3], [6, 9]], [2, 5]),
    ([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]),
    ([], [5, 7]),
    ([[1, 5]], [2, 3]),
    ([[1, 5]], [6, 8]),
    ([[1, 5]], [0, 0]),
    ([[1, 5]], [5, 7]),
    ([[3, 5], [12, 15]], [6, 6]),
    ([[1, 5], [6, 8]], [5, 6]),
    ([[0, 0], [2, 2], [4, 4]], [0, V]),
    ([[0, 1], [V - 1, V]], [V, V]),
    (big, [big[5000][0] + 0, big[5000][1]]),
    (big, [0, V]),
    (big, [big[0][0] - 1 if big[0][0] > 0 else 0, big[0][0]]),
    (big, [big[2000][1], big[7000][0]]),
    (big, [V, V] if big[-1][1] < V else [big[-1][1], V]),
    (disjoint(10**4, 0, 2 * 10**4 + 5), [10**4, 10**4 + 2]),
    ([[2 * i, 2 * i] for i in range(10**4)], [1, 1]),
]
FunctionProblem(__file__, 'insert', ['int[][]', 'int[]'], 'int[][]', validate=validate).write(cases)
