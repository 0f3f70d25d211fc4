#!/usr/bin/env python3
"""Writes tests/ for meeting-rooms (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261211)
N, T = 10**4, 10**6


def validate(intervals):
    assert 0 <= len(intervals) <= N and all(len(iv) == 2 and 0 <= iv[0] < iv[1] <= T for iv in intervals)


def disjoint(n, touching=False):
    """n meetings that never overlap (shuffled); with touching=True each ends where the next starts."""
    cuts = sorted(rng.sample(range(T + 1), 2 * n)) if not touching else sorted(rng.sample(range(T + 1), n + 1))
    if touching:
        out = [[cuts[i], cuts[i + 1]] for i in range(n)]
    else:
        out = [[cuts[2 * i], cuts[2 * i + 1]] for i in range(n)]
    rng.shuffle(out)
    return out


def clash(meetings):
    """Stretches one meeting so that it overlaps its successor by a single time unit."""
    out = sorted(meetings)
    k = rng.randrange(len(out) - 1)
    out[k] = [out[k][0], out[k + 1][0] + 1]
    rng.shuffle(out)
    return out


cases = [
    ([[0, 30], [5, 10], [15, 20]],),
    ([[7, 10], [2, 4]],),
    ([[1, 5], [5, 8]],),
    ([],),
    ([[0, T]],),
    ([[1, 2], [1, 2]],),
    ([[1, 3], [2, 4]],),
    ([[5, 8], [1, 5], [8, 9]],),
    ([[1, 10], [2, 3]],),
    ([[0, 1], [T - 1, T]],),
    (disjoint(100),),
    (clash(disjoint(100)),),
    (disjoint(N),),
    (clash(disjoint(N)),),
    (disjoint(N, touching=True),),
    (clash(disjoint(N, touching=True)),),
    ([[i, i + 1] for i in range(N)],),
    ([[0, T]] + [[i * 50, i * 50 + 1] for i in range(1, N)],),
    ([[i, T] for i in range(N)],),
    (sorted(disjoint(N), reverse=True),),
]
FunctionProblem(__file__, 'canAttendMeetings', ['int[][]'], 'bool', validate=validate).write(cases)
