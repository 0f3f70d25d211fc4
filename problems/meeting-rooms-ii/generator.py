#!/usr/bin/env python3
"""Writes tests/ for meeting-rooms-ii (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261212)
N, T = 10**4, 10**6


def validate(intervals):
    assert 1 <= len(intervals) <= N and all(len(iv) == 2 and 0 <= iv[0] < iv[1] <= T for iv in intervals)


def rand(n, span, longest):
    out = []
    for _ in range(n):
        s = rng.randint(0, span - 1)
        out.append([s, min(span, s + rng.randint(1, longest))])
    return out


def chains(rooms, per_room):
    """rooms chains of back-to-back meetings: each chain needs one room when touching is handled right."""
    out = []
    for _ in range(rooms):
        cuts = sorted(rng.sample(range(T + 1), per_room + 1))
        out.extend([cuts[i], cuts[i + 1]] for i in range(per_room))
    rng.shuffle(out)
    return out


cases = [
    ([[0, 30], [5, 10], [15, 20]],),
    ([[7, 10], [2, 4]],),
    ([[1, 5], [5, 8], [2, 5]],),
    ([[0, 1]],),
    ([[1, 5], [5, 8]],),
    ([[1, 5], [1, 5], [1, 5]],),
    ([[1, 10], [2, 7], [3, 19], [8, 12], [10, 20], [11, 30]],),
    ([[9, 10], [4, 9], [4, 17]],),
    ([[2, 11], [6, 16], [11, 16]],),
    (rand(50, 100, 30),),
    ([[0, T]] * N,),
    ([[i, i + 1] for i in range(N)],),
    ([[i, T] for i in range(N)],),
    ([[i, 2 * N - i] for i in range(N)],),
    (rand(N, T, 1000),),
    (rand(N, T, T),),
    (rand(N, 100, 5),),
    (chains(1, N),),
    (chains(7, N // 7),),
    ([[i * 10, i * 10 + 10] for i in range(N)],),
    ([[0, 10], [10, 20], [20, 30]] * (N // 3),),
]
FunctionProblem(__file__, 'minMeetingRooms', ['int[][]'], 'int', validate=validate).write(cases)
